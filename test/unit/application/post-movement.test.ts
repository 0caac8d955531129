import { describe, expect, it } from 'vitest';
import type { Deps } from '../../../shared/application/deps.js';
import { hashSecret, PendingKey } from '../../../shared/application/authenticate.js';
import { postAfterOneRead, postIdempotently } from '../../../shared/application/post-movement.js';
import {
  IdempotencyKeyReusedError,
  InsufficientPointsError,
  TemporarilyUnavailableError,
  UnauthenticatedError,
  ValidationError,
  VelocityLimitError,
} from '../../../shared/domain/errors.js';
import type { Flag } from '../../../shared/domain/flags.js';
import type { StoredOutcome } from '../../../shared/domain/ledger.js';
import type { Member } from '../../../shared/domain/member.js';
import type { ConfigSnapshot } from '../../../shared/ports/config-store.js';
import type { StoredApiKey } from '../../../shared/ports/key-store.js';
import type { MovementRead, MovementReadsWanted } from '../../../shared/ports/movement-reads.js';
import type {
  CommitResult,
  LedgerStore,
  Movement,
  ReadGuards,
  RefusalResult,
} from '../../../shared/ports/ledger-store.js';
import { FakeClock } from '../../helpers/fake-clock.js';

const REQUEST = { transactionId: 'tx_1', requestHash: 'hash-1' };

/** The ledger port, answering from scripts: what is stored under the id, and what each commit or refusal write meets. */
class ScriptedLedger implements Partial<LedgerStore> {
  stored: StoredOutcome | null = null;
  commits: CommitResult[] = [];
  refusals: RefusalResult[] = [];
  readonly committed: Movement[] = [];
  readonly recorded: { outcome: StoredOutcome; expiresAt: Date; guards: ReadGuards; flag?: Flag }[] = [];

  async getOutcome(): Promise<StoredOutcome | null> {
    return this.stored;
  }

  async commit(movement: Movement): Promise<CommitResult> {
    this.committed.push(movement);
    return this.commits.shift() ?? { kind: 'committed' };
  }

  async recordRefusal(
    _id: string,
    outcome: StoredOutcome,
    expiresAt: Date,
    guards: ReadGuards,
    flag?: Flag,
  ): Promise<RefusalResult> {
    this.recorded.push({ outcome, expiresAt, guards, ...(flag && { flag }) });
    return this.refusals.shift() ?? { kind: 'recorded' };
  }
}

function setUp() {
  const ledger = new ScriptedLedger();
  const sleeps: number[] = [];
  const deps = {
    ledger,
    clock: new FakeClock('2027-03-15T10:00:00.000Z'),
    sleep: async (ms: number) => void sleeps.push(ms),
  } as unknown as Deps;
  return { ledger, sleeps, deps };
}

function movement(points: number): Movement {
  return {
    entry: { transactionId: REQUEST.transactionId },
    outcome: { requestHash: REQUEST.requestHash, status: 201, body: { points } },
    member: { memberId: 'm1', expectedVersion: 3 },
  } as unknown as Movement;
}

describe('Function: postIdempotently', () => {
  it('commits the decided movement once and answers its outcome', async () => {
    // Arrange
    const { ledger, deps } = setUp();

    // Act
    const outcome = await postIdempotently(deps, REQUEST, async () => movement(99));

    // Assert
    expect(outcome).toEqual({ status: 201, body: { points: 99 }, replayed: false });
    expect(ledger.committed).toHaveLength(1);
  });

  it('decides again on fresh reads when the commit finds what it read has changed, waiting between tries', async () => {
    // Arrange
    const { ledger, sleeps, deps } = setUp();
    ledger.commits = [{ kind: 'stale' }, { kind: 'stale' }];
    let decisions = 0;

    // Act
    const outcome = await postIdempotently(deps, REQUEST, async () => movement(++decisions));

    // Assert
    expect(decisions).toBe(3);
    expect(ledger.committed).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(outcome.body).toEqual({ points: 3 });
  });

  it('replays a stored outcome of the same request without committing', async () => {
    // Arrange
    const { ledger, deps } = setUp();
    ledger.stored = { requestHash: REQUEST.requestHash, status: 201, body: { points: 5 } };

    // Act
    const outcome = await postIdempotently(deps, REQUEST, async () => movement(7));

    // Assert
    expect(outcome).toEqual({ status: 201, body: { points: 5 }, replayed: true });
    expect(ledger.committed).toEqual([]);
  });

  it('refuses a stored outcome of a different request under the same key with 422', async () => {
    // Arrange
    const { ledger, deps } = setUp();
    ledger.stored = { requestHash: 'another-body', status: 201, body: { points: 5 } };

    // Act
    const posting = postIdempotently(deps, REQUEST, async () => movement(7));

    // Assert
    await expect(posting).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(ledger.committed).toEqual([]);
  });

  it('replays what a concurrent duplicate committed first', async () => {
    // Arrange
    const { ledger, deps } = setUp();
    const first = { requestHash: REQUEST.requestHash, status: 201, body: { points: 11 } };
    ledger.commits = [{ kind: 'duplicate', outcome: first }];

    // Act
    const outcome = await postIdempotently(deps, REQUEST, async () => movement(12));

    // Assert
    expect(outcome).toEqual({ status: 201, body: { points: 11 }, replayed: true });
  });

  it('remembers a business refusal under the id, with the guards it was decided from and a 90-day expiry', async () => {
    // Arrange
    const { ledger, deps } = setUp();

    // Act
    const outcome = await postIdempotently(deps, REQUEST, async (guards) => {
      guards.member = { memberId: 'm1', version: 4 };
      throw new InsufficientPointsError(500, 20);
    });

    // Assert
    expect(outcome).toMatchObject({ status: 409, replayed: false, body: { code: 'insufficient_points', status: 409 } });
    expect(ledger.recorded).toHaveLength(1);
    expect(ledger.recorded[0]!.guards).toEqual({ member: { memberId: 'm1', version: 4 } });
    expect(ledger.recorded[0]!.outcome.requestHash).toBe(REQUEST.requestHash);
    expect(ledger.recorded[0]!.expiresAt.toISOString()).toBe('2027-06-13T10:00:00.000Z');
    expect(ledger.committed).toEqual([]);
  });

  it('opens a flag with a refusal past a velocity limit, naming the refused transaction; other refusals open none', async () => {
    // Arrange
    const { ledger, deps } = setUp();
    const breach = { memberId: 'm1', rule: 'pointsPerMemberPerDay', day: '2027-03-15' } as const;

    // Act
    const limited = await postIdempotently(deps, REQUEST, async () => {
      throw new VelocityLimitError(breach);
    });
    await postIdempotently(deps, { ...REQUEST, transactionId: 'tx_2' }, async () => {
      throw new InsufficientPointsError(500, 20);
    });

    // Assert
    expect(limited).toMatchObject({ status: 409, body: { code: 'velocity_limit' } });
    expect(ledger.recorded.map((record) => record.flag)).toEqual([
      {
        flagId: '2027-03-15.pointsPerMemberPerDay.m1',
        memberId: 'm1',
        rule: 'pointsPerMemberPerDay',
        transactionId: 'tx_1',
        createdAt: '2027-03-15T10:00:00.000Z',
        status: 'open',
      },
      undefined,
    ]);
  });

  it('decides a refusal again when what it was read from changed before it could be remembered', async () => {
    // Arrange
    const { ledger, deps } = setUp();
    ledger.refusals = [{ kind: 'stale' }];
    let decisions = 0;

    // Act: refused on the first (stale) read, affordable on the fresh one
    const outcome = await postIdempotently(deps, REQUEST, async () => {
      decisions++;
      if (decisions === 1) throw new InsufficientPointsError(500, 20);
      return movement(500);
    });

    // Assert
    expect(decisions).toBe(2);
    expect(outcome).toEqual({ status: 201, body: { points: 500 }, replayed: false });
  });

  it('replays the outcome a concurrent duplicate stored while the refusal was being remembered', async () => {
    // Arrange
    const { ledger, deps } = setUp();
    const first = { requestHash: REQUEST.requestHash, status: 201, body: { points: 3 } };
    ledger.refusals = [{ kind: 'duplicate', outcome: first }];

    // Act
    const outcome = await postIdempotently(deps, REQUEST, async () => {
      throw new InsufficientPointsError(500, 20);
    });

    // Assert
    expect(outcome).toEqual({ status: 201, body: { points: 3 }, replayed: true });
  });

  it('passes errors that are not remembered refusals through, writing nothing', async () => {
    // Arrange
    const { ledger, deps } = setUp();

    // Act
    const posting = postIdempotently(deps, REQUEST, async () => {
      throw new ValidationError([{ path: 'amountMinor', message: 'too small' }]);
    });

    // Assert
    await expect(posting).rejects.toBeInstanceOf(ValidationError);
    expect(ledger.recorded).toEqual([]);
    expect(ledger.committed).toEqual([]);
  });

  it('gives up with 503 when every try meets a changed member', async () => {
    // Arrange
    const { ledger, sleeps, deps } = setUp();
    ledger.commits = Array.from({ length: 100 }, () => ({ kind: 'stale' }) as const);

    // Act
    const posting = postIdempotently(deps, REQUEST, async () => movement(1));

    // Assert
    await expect(posting).rejects.toBeInstanceOf(TemporarilyUnavailableError);
    expect(ledger.committed.length).toBe(sleeps.length);
    expect(ledger.committed.length).toBeGreaterThan(1);
    expect(ledger.committed.length).toBeLessThan(100);
  });
});

/** The one read, answering from what a test sets; it records what each read asked for. */
class ScriptedReads {
  outcome: StoredOutcome | null = null;
  key: StoredApiKey | null = null;
  readonly asked: MovementReadsWanted[] = [];

  async read(wanted: MovementReadsWanted): Promise<MovementRead> {
    this.asked.push(wanted);
    const member = { memberId: wanted.memberId, version: this.asked.length, pending: [] } as unknown as Member;
    return {
      outcome: this.outcome,
      member,
      ...(wanted.keyId !== undefined && { key: this.key }),
      ...(wanted.stockOf !== undefined && { stockLeft: 3 }),
    };
  }
}

function setUpOneRead() {
  const { ledger, deps } = setUp();
  const reads = new ScriptedReads();
  const versionsLoaded: number[] = [];
  const versionChecks: Date[] = [];
  const config = { program: { name: 'test' }, rewards: new Map() } as unknown as ConfigSnapshot;
  Object.assign(deps, {
    movementReads: reads,
    config: {
      recentVersion: async (now: Date) => {
        versionChecks.push(now);
        return 1;
      },
      atVersion: async (version: number) => {
        versionsLoaded.push(version);
        return config;
      },
    },
  });
  const key = { keyId: '0123456789abcdef', secret: 'the-secret', merchantId: 'fruit-shop' };
  reads.key = {
    keyId: key.keyId,
    merchantId: key.merchantId,
    secretHash: hashSecret(key.secret),
    createdAt: '2027-01-01T00:00:00.000Z',
    expiresAt: null,
  };
  const pendingKey = () => new PendingKey(key.keyId, key.secret, key.merchantId, new Date('2027-03-15T10:00:00.000Z'));
  return { ledger, reads, deps, config, versionsLoaded, versionChecks, pendingKey };
}

const ONE_MEMBER = { ...REQUEST, memberId: 'm1' };

describe('Function: postAfterOneRead', () => {
  it('decides from one read of the answer and the member, with the kept configuration, then commits', async () => {
    // Arrange
    const { ledger, reads, deps, config, versionsLoaded, versionChecks } = setUpOneRead();
    const seen: unknown[] = [];

    // Act
    const stockAskedWith: unknown[] = [];
    const stockOf = (snapshot: ConfigSnapshot) => {
      stockAskedWith.push(snapshot);
      return 'box';
    };
    const outcome = await postAfterOneRead(deps, { ...ONE_MEMBER, stockOf }, async (guards, basis) => {
      seen.push(basis, { ...guards });
      return movement(8);
    });

    // Assert
    expect(outcome).toEqual({ status: 201, body: { points: 8 }, replayed: false });
    expect(reads.asked).toEqual([{ transactionId: 'tx_1', memberId: 'm1', stockOf: 'box' }]);
    expect(stockAskedWith).toEqual([config]);
    expect(versionChecks).toEqual([deps.clock.now()]);
    expect(versionsLoaded).toEqual([1]);
    expect(seen).toEqual([
      { member: { memberId: 'm1', version: 1, pending: [] }, config, stockLeft: 3 },
      { member: { memberId: 'm1', version: 1 } },
    ]);
    expect(ledger.committed).toHaveLength(1);
  });

  it('replays a stored answer without deciding or writing', async () => {
    // Arrange
    const { ledger, reads, deps } = setUpOneRead();
    reads.outcome = { requestHash: REQUEST.requestHash, status: 201, body: { points: 5 } };
    let decisions = 0;

    // Act
    const outcome = await postAfterOneRead(deps, ONE_MEMBER, async () => movement(++decisions));

    // Assert
    expect(outcome).toEqual({ status: 201, body: { points: 5 }, replayed: true });
    expect(decisions).toBe(0);
    expect(ledger.committed).toEqual([]);
  });

  it('checks a pending key in the same read, and then reads neither it nor the configuration again on a retry', async () => {
    // Arrange
    const { ledger, reads, deps, versionsLoaded, versionChecks, pendingKey } = setUpOneRead();
    ledger.commits = [{ kind: 'stale' }];
    const keyCheck = pendingKey();
    const members: (number | undefined)[] = [];

    // Act
    const outcome = await postAfterOneRead(deps, { ...ONE_MEMBER, keyCheck }, async (_guards, basis) => {
      members.push(basis.member?.version);
      return movement(2);
    });

    // Assert
    expect(outcome.status).toBe(201);
    expect(keyCheck.confirmed).toBe(true);
    expect(reads.asked).toEqual([
      { transactionId: 'tx_1', memberId: 'm1', keyId: '0123456789abcdef' },
      { transactionId: 'tx_1', memberId: 'm1' },
    ]);
    expect(members).toEqual([1, 2]);
    expect(versionChecks).toHaveLength(1);
    expect(versionsLoaded).toEqual([1]);
  });

  it.each([
    [
      'a revoked key',
      (reads: ScriptedReads) => {
        reads.key = null;
      },
    ],
    [
      'a replay under a revoked key',
      (reads: ScriptedReads) => {
        reads.key = null;
        reads.outcome = { requestHash: REQUEST.requestHash, status: 201, body: { points: 5 } };
      },
    ],
    [
      'another secret',
      (reads: ScriptedReads) => {
        reads.key = { ...reads.key!, secretHash: hashSecret('another') };
      },
    ],
  ])('refuses %s with 401 before replaying, deciding or writing anything', async (_label, arrange) => {
    // Arrange
    const { ledger, reads, deps, pendingKey } = setUpOneRead();
    arrange(reads);
    let decisions = 0;

    // Act
    const posting = postAfterOneRead(deps, { ...ONE_MEMBER, keyCheck: pendingKey() }, async () =>
      movement(++decisions),
    );

    // Assert
    await expect(posting).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(decisions).toBe(0);
    expect(ledger.committed).toEqual([]);
    expect(ledger.recorded).toEqual([]);
  });

  it('remembers a refusal guarded by the member it read', async () => {
    // Arrange
    const { ledger, deps } = setUpOneRead();

    // Act
    const outcome = await postAfterOneRead(deps, ONE_MEMBER, async () => {
      throw new InsufficientPointsError(500, 20);
    });

    // Assert
    expect(outcome).toMatchObject({ status: 409, replayed: false, body: { code: 'insufficient_points' } });
    expect(ledger.recorded.map((record) => record.guards)).toEqual([{ member: { memberId: 'm1', version: 1 } }]);
  });
});
