import { beforeAll, describe, expect, it } from 'vitest';
import { adjustPoints } from '../../shared/application/adjust-points.js';
import type { Caller, Deps, Outcome } from '../../shared/application/deps.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { requestHash, transactionIdFor } from '../../shared/application/idempotency.js';
import { redeem } from '../../shared/application/redeem.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { freshDeps } from '../helpers/dynamo.js';
import { enrolWithPoints, loadDemoProgram } from '../helpers/program.js';
import { recordWrites, tableOf, type RecordedWrite } from '../helpers/reliability.js';

/**
 * Records the key of every item each point-moving request writes (a
 * middleware on the real client, DynamoDB Local underneath) and fails on any
 * item that is not the member's own, the transaction's own entry, the reward's
 * stock, or the original being reversed: no program-wide counter, no hot item.
 */

const fruitShop: Caller = { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' };
const MEMBERS = Array.from({ length: 6 }, (_, i) => `hot-${i}`);

interface Sent {
  label: string;
  memberId: string;
  writes: RecordedWrite[];
  allowed: Set<string>;
  outcome: Outcome;
}

/** A condition check reads an item inside the transaction; it writes nothing. */
function writtenKeys(write: RecordedWrite): string[] {
  return write.keys.filter((_, i) => write.actions[i] !== 'ConditionCheck');
}

describe('Hot items: what each request writes', () => {
  let deps: Deps;
  const sent: Sent[] = [];

  beforeAll(async () => {
    ({ deps } = await freshDeps());
    await loadDemoProgram(deps);
    for (const memberId of MEMBERS) await enrolWithPoints(deps, memberId, 0);

    const { client } = tableOf(deps);
    const recorder = recordWrites(client);
    /** Runs one request alone, so every write it makes is attributed to it. */
    async function track(
      label: string,
      memberId: string,
      owner: string,
      key: string,
      run: () => Promise<Outcome>,
      also: string[] = [],
    ) {
      recorder.writes.length = 0;
      const outcome = await run();
      const own = `TX#${transactionIdFor(owner, key)}|TX`;
      sent.push({
        label,
        memberId,
        writes: [...recorder.writes],
        allowed: new Set([`MEMBER#${memberId}|MEMBER`, own, ...also]),
        outcome,
      });
      return outcome;
    }
    const idOf = (outcome: Outcome) => (outcome.body as { transactionId: string }).transactionId;

    try {
      for (const memberId of MEMBERS) {
        const earnBody = { memberId, amountMinor: 250_000, reference: `r-${memberId}` };
        const earn = await track('earn', memberId, 'fruit-shop', `earn-${memberId}`, () =>
          earnPoints(deps, {
            caller: fruitShop,
            idempotencyKey: `earn-${memberId}`,
            requestHash: requestHash('POST /v1/earn', earnBody),
            ...earnBody,
          }),
        );
        await track('earn replay', memberId, 'fruit-shop', `earn-${memberId}`, () =>
          earnPoints(deps, {
            caller: fruitShop,
            idempotencyKey: `earn-${memberId}`,
            requestHash: requestHash('POST /v1/earn', earnBody),
            ...earnBody,
          }),
        );

        const redeemWith = (key: string, rewardId: string) => {
          const body = { memberId, rewardId, quantity: 1 };
          return redeem(deps, {
            caller: fruitShop,
            idempotencyKey: key,
            requestHash: requestHash('POST /v1/redemptions', body),
            ...body,
          });
        };
        const limited = await track(
          'redemption (limited stock)',
          memberId,
          'fruit-shop',
          `box-${memberId}`,
          () => redeemWith(`box-${memberId}`, 'gift-box'),
          ['STOCK#gift-box|STOCK'],
        );
        await track('redemption (unlimited)', memberId, 'fruit-shop', `wash-${memberId}`, () =>
          redeemWith(`wash-${memberId}`, 'fruit-washing'),
        );
        const payBody = { memberId, payment: { amountMinor: 500 } };
        await track('payment with points', memberId, 'fruit-shop', `pay-${memberId}`, () =>
          redeem(deps, {
            caller: fruitShop,
            idempotencyKey: `pay-${memberId}`,
            requestHash: requestHash('POST /v1/redemptions', payBody),
            ...payBody,
          }),
        );

        const reverseOf = (key: string, transactionId: string, amountMinor?: number) => {
          const body = { transactionId, reason: 'refund', ...(amountMinor !== undefined && { amountMinor }) };
          return reverseTransaction(deps, {
            caller: fruitShop,
            idempotencyKey: key,
            requestHash: requestHash('POST /v1/reversals', body),
            ...body,
          });
        };
        await track(
          'reversal of a limited redemption',
          memberId,
          'fruit-shop',
          `rev-box-${memberId}`,
          () => reverseOf(`rev-box-${memberId}`, idOf(limited)),
          [`TX#${idOf(limited)}|TX`, 'STOCK#gift-box|STOCK'],
        );
        await track(
          'partial reversal of an earn',
          memberId,
          'fruit-shop',
          `rev-earn-${memberId}`,
          () => reverseOf(`rev-earn-${memberId}`, idOf(earn), 10_000),
          [`TX#${idOf(earn)}|TX`],
        );

        for (const points of [300, -200]) {
          const key = `adj-${points}-${memberId}`;
          const body = { memberId, points, reason: 'correction' };
          await track(`adjustment ${points}`, memberId, 'admin', key, () =>
            adjustPoints(deps, {
              idempotencyKey: key,
              requestHash: requestHash('POST /v1/admin/adjustments', body),
              ...body,
              balance: 'points',
            }),
          );
        }
        // A remembered refusal writes its own answer and nothing else.
        await track('refused redemption', memberId, 'fruit-shop', `too-much-${memberId}`, () =>
          redeemWith(`too-much-${memberId}`, 'free-night'),
        );
      }
    } finally {
      recorder.stop();
    }
  });

  it('moved points as intended (so the writes below are the real ones)', () => {
    const statuses = sent.map((s) => `${s.label}: ${s.outcome.status}${s.outcome.replayed ? ' replayed' : ''}`);
    expect(new Set(statuses)).toEqual(
      new Set([
        'earn: 201',
        'earn replay: 201 replayed',
        'redemption (limited stock): 201',
        'redemption (unlimited): 201',
        'payment with points: 201',
        'reversal of a limited redemption: 201',
        'partial reversal of an earn: 201',
        'adjustment 300: 201',
        'adjustment -200: 201',
        'refused redemption: 409',
      ]),
    );
  });

  it("writes only the member's own item, the transaction's entry, the reward's stock and the reversed original", () => {
    const strays = sent.flatMap((s) =>
      s.writes.flatMap((w) =>
        writtenKeys(w)
          .filter((key) => !s.allowed.has(key))
          .map((key) => `${s.label} (${s.memberId}) wrote ${key} via ${w.command}`),
      ),
    );
    expect(strays).toEqual([]);
  });

  it('writes every movement in one TransactWriteItems, a refusal as one Put guarded by condition checks, a replay not at all', () => {
    for (const s of sent) {
      const commands = s.writes.map((w) => w.command);
      if (s.outcome.replayed) expect(commands, s.label).toEqual([]);
      else if (s.outcome.status === 201) expect(commands, s.label).toEqual(['TransactWriteItemsCommand']);
      else {
        // A refusal read from one item is a plain conditional Put; from several, a Put guarded by condition checks.
        expect(commands, s.label).toHaveLength(1);
        expect(
          s.writes[0]!.actions.filter((action) => action !== 'ConditionCheck'),
          s.label,
        ).toEqual(['Put']);
      }
    }
  });

  it('shares no written item between members except the reward stock: no program-wide counter', () => {
    const membersByKey = new Map<string, Set<string>>();
    for (const s of sent)
      for (const w of s.writes)
        for (const key of writtenKeys(w)) membersByKey.set(key, (membersByKey.get(key) ?? new Set()).add(s.memberId));
    const shared = [...membersByKey].filter(([, members]) => members.size > 1).map(([key]) => key);
    expect(shared).toEqual(['STOCK#gift-box|STOCK']);
  });
});
