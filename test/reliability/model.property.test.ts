import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustPoints } from '../../shared/application/adjust-points.js';
import { putMerchant, putProgram, putReward } from '../../shared/application/configure.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { requestHash, transactionIdFor } from '../../shared/application/idempotency.js';
import { runExpiryJob } from '../../shared/application/jobs/expiry.js';
import { enrolMember } from '../../shared/application/members.js';
import { redeem } from '../../shared/application/redeem.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { localClient } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { checkInLanes, lanePlan } from '../helpers/property-lanes.js';
import { answerOf, DEEP, type Answer } from '../helpers/reliability.js';
import { ReusedTable } from '../helpers/reused-table.js';
import { readSnapshot } from '../helpers/table-snapshot.js';

/**
 * Model-based test of the ledger against DynamoDB Local. The model is the
 * business, in plain objects: balances, FIFO lots, stock, the first answer
 * under each idempotency key. Commands run one at a time or as a concurrent
 * group; a group must be explainable by SOME serial order of its commands
 * (linearizability), and every invariant is checked after every step.
 * Each case starts from an emptied table of its lane (ReusedTable), so a
 * reported seed and path replay it alone: `JIFEN_SEED=… JIFEN_PATH=…`.
 */

const RUNS = DEEP ? 10_000 : 20;
/** Cases in flight at once, each lane on its own table: DynamoDB Local's JVM can use both cores. */
const LANES = DEEP ? 4 : 2;
const MAX_COMMANDS = 15;

const MEMBERS = ['m0', 'm1', 'm2'] as const;
const MERCHANTS = ['shop-a', 'shop-b'] as const;
const EXPIRY_MONTHS = 1;
const PAYMENT_POINTS_PER_UNIT = 60;
const REWARDS = {
  gift: { costPoints: 300, stock: null, merchantId: 'shop-a' },
  box: { costPoints: 200, stock: 3, merchantId: 'shop-b' },
} as const;
type RewardId = keyof typeof REWARDS;

const ROUTES = {
  earn: 'POST /v1/earn',
  redeem: 'POST /v1/redemptions',
  reverse: 'POST /v1/reversals',
  adjust: 'POST /v1/admin/adjustments',
} as const;
type RequestKind = keyof typeof ROUTES;
type Owner = (typeof MERCHANTS)[number] | 'admin';

// ---------------------------------------------------------------- the model

interface ModelLot {
  postedAt: number;
  remaining: number;
}

interface ModelMember {
  balance: number;
  lots: ModelLot[];
  /** Points a refund took beyond the balance: later credits fill it before they open a lot. */
  hole: number;
  expired: number;
}

interface ModelMovement {
  transactionId: string;
  type: 'earn' | 'redemption' | 'reversal' | 'adjustment';
  memberId: string;
  merchantId: string | null;
  points: number;
  amountMinor?: number;
  rewardId?: RewardId;
  quantity?: number;
  reversedPoints: number;
  reversedAmountMinor: number;
}

interface Model {
  now: number;
  members: Record<string, ModelMember>;
  boxStock: number;
  movements: ModelMovement[];
  /** First answer per owner + Idempotency-Key (successes and remembered refusals). */
  answers: Record<string, { hash: string; status: number; body: unknown }>;
  /** Every keyed request sent so far, for Replay commands. */
  issued: IssuedRequest[];
}

interface IssuedRequest {
  kind: RequestKind;
  owner: Owner;
  key: string;
  body: Record<string, unknown>;
}

interface Real {
  deps: Deps;
  clock: FakeClock;
  client: DynamoDBClient;
  tableName: string;
}

/** 00:00 UTC of the posting day plus whole calendar months, clamped to the month's end (written independently of the engine). */
function expiresAt(postedAt: number): number {
  const posted = new Date(postedAt);
  const year = posted.getUTCFullYear();
  const month = posted.getUTCMonth() + EXPIRY_MONTHS;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(posted.getUTCDate(), lastDay));
}

function credit(model: Model, member: ModelMember, points: number): void {
  member.balance += points;
  const filling = Math.min(member.hole, points);
  member.hole -= filling;
  if (points > filling) member.lots.push({ postedAt: model.now, remaining: points - filling });
}

/** Every debit takes from the oldest lots first. */
function debit(member: ModelMember, points: number): void {
  member.balance -= points;
  let left = points;
  for (const lot of member.lots) {
    const taken = Math.min(lot.remaining, left);
    lot.remaining -= taken;
    left -= taken;
  }
  member.hole += left;
  member.lots = member.lots.filter((lot) => lot.remaining > 0);
}

function expireAll(model: Model): void {
  for (const member of Object.values(model.members)) {
    let expired = 0;
    for (const lot of member.lots) {
      if (expiresAt(lot.postedAt) <= model.now) {
        expired += lot.remaining;
        lot.remaining = 0;
      }
    }
    member.balance -= expired;
    member.expired += expired;
    member.lots = member.lots.filter((lot) => lot.remaining > 0);
  }
}

/** What the model says a request must answer; `effect` applies a success once its transaction id is known. */
type Prediction =
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'thrown'; status: number; code: string }
  | { kind: 'refused'; status: number; code: string }
  | { kind: 'ok'; points: number; balance: number; effect: (transactionId: string) => void };

function refused(status: number, code: string): Prediction {
  return { kind: 'refused', status, code };
}

function predict(model: Model, request: IssuedRequest): Prediction {
  const stored = model.answers[`${request.owner}\n${request.key}`];
  if (stored) {
    return stored.hash === requestHash(ROUTES[request.kind], request.body)
      ? { kind: 'replay', status: stored.status, body: stored.body }
      : { kind: 'thrown', status: 422, code: 'idempotency_key_reused' };
  }
  const body = request.body as any;
  switch (request.kind) {
    case 'earn': {
      const member = model.members[body.memberId];
      if (!member) return refused(404, 'member_not_found');
      const points = Math.floor(body.amountMinor / 100);
      return {
        kind: 'ok',
        points,
        balance: member.balance + points,
        effect: (transactionId) => {
          credit(model, member, points);
          model.movements.push({
            transactionId,
            type: 'earn',
            memberId: body.memberId,
            merchantId: request.owner,
            points,
            amountMinor: body.amountMinor,
            reversedPoints: 0,
            reversedAmountMinor: 0,
          });
        },
      };
    }
    case 'redeem': {
      if (body.payment) {
        const member = model.members[body.memberId];
        if (!member) return refused(404, 'member_not_found');
        const points = Math.ceil((body.payment.amountMinor * PAYMENT_POINTS_PER_UNIT) / 100);
        if (member.balance < points) return refused(409, 'insufficient_points');
        return {
          kind: 'ok',
          points,
          balance: member.balance - points,
          effect: (transactionId) => {
            debit(member, points);
            model.movements.push({
              transactionId,
              type: 'redemption',
              memberId: body.memberId,
              merchantId: request.owner,
              points,
              amountMinor: body.payment.amountMinor,
              reversedPoints: 0,
              reversedAmountMinor: 0,
            });
          },
        };
      }
      const rewardId = body.rewardId as RewardId;
      const reward = REWARDS[rewardId];
      const member = model.members[body.memberId];
      if (!member) return refused(404, 'member_not_found');
      const points = reward.costPoints * body.quantity;
      if (reward.stock !== null && model.boxStock < body.quantity) return refused(409, 'out_of_stock');
      if (member.balance < points) return refused(409, 'insufficient_points');
      return {
        kind: 'ok',
        points,
        balance: member.balance - points,
        effect: (transactionId) => {
          debit(member, points);
          if (reward.stock !== null) model.boxStock -= body.quantity;
          model.movements.push({
            transactionId,
            type: 'redemption',
            memberId: body.memberId,
            merchantId: request.owner,
            points,
            rewardId,
            quantity: body.quantity,
            reversedPoints: 0,
            reversedAmountMinor: 0,
          });
        },
      };
    }
    case 'reverse': {
      const original = model.movements.find((m) => m.transactionId === body.transactionId);
      if (!original) return refused(404, 'not_found');
      if (original.merchantId !== request.owner) return refused(403, 'forbidden');
      if (original.type !== 'earn' && original.type !== 'redemption')
        return { kind: 'thrown', status: 400, code: 'validation_failed' };
      const member = model.members[original.memberId]!;
      const remainingPoints = original.points - original.reversedPoints;
      const remainingAmount = (original.amountMinor ?? 0) - original.reversedAmountMinor;
      let points: number;
      let amount: number;
      if (body.amountMinor === undefined) {
        if (remainingPoints === 0 && remainingAmount === 0) return refused(409, 'already_reversed');
        points = remainingPoints;
        amount = remainingAmount;
      } else {
        if (original.amountMinor === undefined || original.rewardId !== undefined)
          return { kind: 'thrown', status: 400, code: 'validation_failed' };
        if (body.amountMinor > remainingAmount) return refused(409, 'already_reversed');
        amount = body.amountMinor;
        points =
          Math.floor((original.points * (original.reversedAmountMinor + amount)) / original.amountMinor) -
          original.reversedPoints;
      }
      // A refund takes back what the earn gave even when it is spent: the balance may go below zero.
      const delta = original.type === 'earn' ? -points : points;
      const whole = body.amountMinor === undefined || amount === remainingAmount;
      return {
        kind: 'ok',
        points,
        balance: member.balance + delta,
        effect: (transactionId) => {
          if (delta < 0) debit(member, -delta);
          else credit(model, member, delta);
          original.reversedPoints += points;
          original.reversedAmountMinor += amount;
          if (original.rewardId && REWARDS[original.rewardId].stock !== null && whole)
            model.boxStock += original.quantity!;
          model.movements.push({
            transactionId,
            type: 'reversal',
            memberId: original.memberId,
            merchantId: original.merchantId,
            points,
            reversedPoints: 0,
            reversedAmountMinor: 0,
          });
        },
      };
    }
    case 'adjust': {
      const member = model.members[body.memberId];
      if (!member) return refused(404, 'member_not_found');
      if (body.points < 0 && member.balance + body.points < 0) return refused(409, 'insufficient_points');
      return {
        kind: 'ok',
        points: Math.abs(body.points),
        balance: member.balance + body.points,
        effect: (transactionId) => {
          if (body.points < 0) debit(member, -body.points);
          else credit(model, member, body.points);
          model.movements.push({
            transactionId,
            type: 'adjustment',
            memberId: body.memberId,
            merchantId: null,
            points: Math.abs(body.points),
            reversedPoints: 0,
            reversedAmountMinor: 0,
          });
        },
      };
    }
  }
}

/** Checks an actual answer against the model's prediction; on a match, updates the model. Returns a mismatch, or null. */
function accept(model: Model, request: IssuedRequest, actual: Answer): string | null {
  const expected = predict(model, request);
  const show = () => `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  const remember = (status: number, body: unknown) => {
    model.answers[`${request.owner}\n${request.key}`] = {
      hash: requestHash(ROUTES[request.kind], request.body),
      status,
      body,
    };
  };
  switch (expected.kind) {
    case 'replay':
      // A replay answers the original status and body, and says so.
      if (actual.kind !== 'outcome' || !actual.replayed || actual.status !== expected.status) return show();
      return isDeepStrictEqual(actual.body, expected.body) ? null : `replay differs: ${show()}`;
    case 'thrown':
      return actual.kind === 'thrown' && actual.status === expected.status && actual.code === expected.code
        ? null
        : show();
    case 'refused':
      if (
        actual.kind !== 'outcome' ||
        actual.replayed ||
        actual.status !== expected.status ||
        actual.body?.code !== expected.code
      )
        return show();
      remember(actual.status, actual.body);
      return null;
    case 'ok': {
      if (actual.kind !== 'outcome' || actual.replayed || actual.status !== 201) return show();
      const body = actual.body as {
        transactionId: string;
        points: number;
        balances: { points: number; green: number };
      };
      if (body.points !== expected.points || body.balances.points !== expected.balance || body.balances.green !== 0)
        return show();
      // The entry is keyed by owner + Idempotency-Key: that is what makes a retry find it.
      if (body.transactionId !== transactionIdFor(request.owner, request.key))
        return `unexpected transaction id: ${show()}`;
      expected.effect(body.transactionId);
      remember(201, actual.body);
      return null;
    }
  }
}

// ---------------------------------------------------------------- requests against the real system

function callerOf(owner: Owner): Caller {
  return owner === 'admin' ? { kind: 'admin' } : { kind: 'merchant', merchantId: owner, keyId: 'k' };
}

function send(real: Real, request: IssuedRequest): Promise<Answer> {
  const common = {
    caller: callerOf(request.owner),
    idempotencyKey: request.key,
    requestHash: requestHash(ROUTES[request.kind], request.body),
  };
  const body = request.body as any;
  return answerOf(() => {
    switch (request.kind) {
      case 'earn':
        return earnPoints(real.deps, { ...common, ...body });
      case 'redeem':
        return redeem(
          real.deps,
          body.payment ? { ...common, memberId: body.memberId, payment: body.payment } : { ...common, ...body },
        );
      case 'reverse':
        return reverseTransaction(real.deps, { ...common, ...body });
      case 'adjust':
        return adjustPoints(real.deps, {
          idempotencyKey: request.key,
          requestHash: common.requestHash,
          ...body,
          balance: 'points',
        });
    }
  });
}

// ---------------------------------------------------------------- commands

/** One step a command takes: resolved against the model before it runs (so a concurrent group is fixed up front). */
interface Resolved {
  label: string;
  run: (real: Real) => Promise<unknown>;
  /** Null when the answer is what the model allows in its current state (and then the model moves on). */
  accept: (model: Model, answer: unknown) => string | null;
}

interface Step {
  toString(): string;
  resolve(model: Model): Resolved;
}

function keyed(model: Model, request: IssuedRequest): Resolved {
  model.issued.push(request);
  return {
    label: `${request.kind}[${request.owner}, ${request.key}] ${JSON.stringify(request.body)}`,
    run: (real) => send(real, request),
    accept: (m, answer) => accept(m, request, answer as Answer),
  };
}

class Enrol implements Step {
  constructor(readonly memberId: string) {}
  toString() {
    return `enrol(${this.memberId})`;
  }
  resolve(): Resolved {
    return {
      label: this.toString(),
      run: (real) => enrolMember(real.deps, this.memberId, null).then((r) => r.created),
      accept: (model, created) => {
        const expected = model.members[this.memberId] === undefined;
        if (created !== expected) return `enrol ${this.memberId}: expected created=${expected}, got ${String(created)}`;
        model.members[this.memberId] ??= { balance: 0, lots: [], hole: 0, expired: 0 };
        return null;
      },
    };
  }
}

class Earn implements Step {
  constructor(
    readonly merchant: Owner,
    readonly memberId: string,
    readonly amountMinor: number,
    readonly key: string,
  ) {}
  toString() {
    return `earn(${this.merchant}, ${this.memberId}, ${this.amountMinor} fen, key ${this.key})`;
  }
  resolve(model: Model) {
    return keyed(model, {
      kind: 'earn',
      owner: this.merchant,
      key: this.key,
      body: { memberId: this.memberId, amountMinor: this.amountMinor, reference: `ref-${this.key}` },
    });
  }
}

class RedeemReward implements Step {
  constructor(
    readonly merchant: Owner,
    readonly memberId: string,
    readonly rewardId: RewardId,
    readonly quantity: number,
    readonly key: string,
  ) {}
  toString() {
    return `redeem(${this.merchant}, ${this.memberId}, ${this.quantity} × ${this.rewardId}, key ${this.key})`;
  }
  resolve(model: Model) {
    return keyed(model, {
      kind: 'redeem',
      owner: this.merchant,
      key: this.key,
      body: { memberId: this.memberId, rewardId: this.rewardId, quantity: this.quantity },
    });
  }
}

class PayWithPoints implements Step {
  constructor(
    readonly merchant: Owner,
    readonly memberId: string,
    readonly amountMinor: number,
    readonly key: string,
  ) {}
  toString() {
    return `pay(${this.merchant}, ${this.memberId}, ${this.amountMinor} fen, key ${this.key})`;
  }
  resolve(model: Model) {
    return keyed(model, {
      kind: 'redeem',
      owner: this.merchant,
      key: this.key,
      body: { memberId: this.memberId, payment: { amountMinor: this.amountMinor } },
    });
  }
}

/** Reverses the `target`-th movement so far (null: a transaction that does not exist); `percent` of what remains, or all. */
class Reverse implements Step {
  constructor(
    readonly merchant: Owner,
    readonly target: number | null,
    readonly percent: number | null,
    readonly key: string,
  ) {}
  toString() {
    const what = this.percent === null ? 'all' : `${this.percent}% of the rest`;
    return `reverse(${this.merchant}, movement #${this.target ?? 'missing'}, ${what}, key ${this.key})`;
  }
  resolve(model: Model) {
    const original =
      this.target === null || model.movements.length === 0
        ? undefined
        : model.movements[this.target % model.movements.length];
    const body: Record<string, unknown> = {
      transactionId: original?.transactionId ?? 'tx_does_not_exist',
      reason: 'refund',
    };
    if (this.percent !== null) {
      const remaining = (original?.amountMinor ?? 0) - (original?.reversedAmountMinor ?? 0);
      // Over 100%: one fen more than remains, which must be refused.
      body.amountMinor = this.percent > 100 ? remaining + 1 : Math.max(1, Math.floor((remaining * this.percent) / 100));
    }
    return keyed(model, { kind: 'reverse', owner: this.merchant, key: this.key, body });
  }
}

class Adjust implements Step {
  constructor(
    readonly memberId: string,
    readonly points: number,
    readonly key: string,
  ) {}
  toString() {
    return `adjust(${this.memberId}, ${this.points > 0 ? '+' : ''}${this.points}, key ${this.key})`;
  }
  resolve(model: Model) {
    return keyed(model, {
      kind: 'adjust',
      owner: 'admin',
      key: this.key,
      body: { memberId: this.memberId, points: this.points, reason: 'correction' },
    });
  }
}

/** Sends an earlier request again with the same key: unchanged (a retry) or with a changed body (a key reused). */
class Replay implements Step {
  constructor(
    readonly index: number,
    readonly changed: boolean,
  ) {}
  toString() {
    return `${this.changed ? 'reuse-key-with-other-body' : 'retry'}(request #${this.index})`;
  }
  resolve(model: Model): Resolved {
    if (model.issued.length === 0)
      return { label: 'retry (nothing sent yet)', run: async () => null, accept: () => null };
    const earlier = model.issued[this.index % model.issued.length]!;
    return keyed(model, { ...earlier, body: this.changed ? changedBody(earlier) : earlier.body });
  }
}

function changedBody(request: IssuedRequest): Record<string, unknown> {
  const body = request.body as any;
  switch (request.kind) {
    case 'earn':
      return { ...body, amountMinor: body.amountMinor + 1 };
    case 'redeem':
      return body.payment
        ? { ...body, payment: { amountMinor: body.payment.amountMinor + 1 } }
        : { ...body, quantity: body.quantity + 1 };
    case 'reverse':
      return { ...body, reason: 'another reason' };
    case 'adjust':
      return { ...body, points: body.points === -1 ? 1 : body.points + 1 };
  }
}

// ---------------------------------------------------------------- invariants

async function checkInvariants(model: Model, real: Real, after: string): Promise<void> {
  const context = `after ${after}`;
  const snapshot = await readSnapshot(real.client, real.tableName, MEMBERS, ['box']);
  const strangers = [...snapshot.activity.keys()].filter(
    (memberId) => !(MEMBERS as readonly string[]).includes(memberId),
  );
  expect(strangers, `${context}: entries only of the model's members`).toEqual([]);
  for (const memberId of MEMBERS) {
    const member = snapshot.members.get(memberId)!;
    const entries = snapshot.activity.get(memberId) ?? [];
    const expected = model.members[memberId];
    if (!expected) {
      expect(member, `${context}: ${memberId} is not enrolled`).toBeNull();
      expect(entries, `${context}: ${memberId} has no entries`).toEqual([]);
      continue;
    }
    expect(member, `${context}: ${memberId} is enrolled`).not.toBeNull();
    const balance = member!.balances.points;
    const loweredBelowZero = entries.filter((entry) => (entry.after as number) < 0 && (entry.delta as number) < 0);
    expect(
      loweredBelowZero.map((entry) => entry.type),
      `${context}: only a reversal takes ${memberId} below zero`,
    ).toEqual(loweredBelowZero.map(() => 'reversal'));
    expect(balance, `${context}: ${memberId}'s balance`).toBe(expected.balance);
    expect(member!.balances.green, `${context}: ${memberId}'s green balance`).toBe(0);
    const sum = entries.reduce((total, entry) => total + (entry.delta as number), 0);
    expect(sum, `${context}: ${memberId}'s ledger deltas add up to the balance`).toBe(balance);
    // Every key applied at most once: exactly the model's movements, each once, and nothing else but expiries.
    const movements = entries
      .filter((entry) => entry.type !== 'expiry')
      .map((entry) => entry.txId as string)
      .sort();
    const modelled = model.movements
      .filter((m) => m.memberId === memberId)
      .map((m) => m.transactionId)
      .sort();
    expect(movements, `${context}: ${memberId}'s entries are the applied requests, once each`).toEqual(modelled);
    const expired = entries
      .filter((entry) => entry.type === 'expiry')
      .reduce((total, entry) => total - (entry.delta as number), 0);
    expect(expired, `${context}: ${memberId}'s expired points`).toBe(expected.expired);
  }
  const stock = snapshot.stock.get('box');
  expect(stock!.left, `${context}: stock never below zero`).toBeGreaterThanOrEqual(0);
  expect(stock!.left, `${context}: stock left`).toBe(model.boxStock);
  expect(stock!.sold, `${context}: stock sold`).toBe(REWARDS.box.stock - model.boxStock);
}

type ModelCommand = fc.AsyncCommand<Model, Real>;

/** One step on its own. */
class Single implements ModelCommand {
  constructor(readonly step: Step) {}
  check() {
    return true;
  }
  async run(model: Model, real: Real) {
    const resolved = this.step.resolve(model);
    const answer = await resolved.run(real);
    const mismatch = resolved.accept(model, answer);
    if (mismatch) throw new Error(`${resolved.label}: ${mismatch}`);
    await checkInvariants(model, real, resolved.label);
  }
  toString() {
    return this.step.toString();
  }
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Steps fired together: the answers must match the model in at least one serial order. */
class Concurrently implements ModelCommand {
  constructor(readonly steps: Step[]) {}
  check() {
    return true;
  }
  async run(model: Model, real: Real) {
    const resolved = this.steps.map((step) => step.resolve(model));
    const answers = await Promise.all(resolved.map((r) => r.run(real)));
    const attempts: string[] = [];
    for (const order of permutations(resolved.map((_, i) => i))) {
      const candidate = structuredClone(model) as Model;
      const mismatch = order.map((i) => resolved[i]!.accept(candidate, answers[i])).find((m) => m !== null);
      if (!mismatch) {
        // Same effects as the serial order found: apply them to the model itself.
        for (const i of order) resolved[i]!.accept(model, answers[i]);
        await checkInvariants(model, real, this.toString());
        return;
      }
      attempts.push(`order ${order.join(',')}: ${mismatch}`);
    }
    throw new Error(
      `no serial order explains the concurrent answers of ${resolved.map((r) => r.label).join(' | ')}\n` +
        `answers: ${JSON.stringify(answers)}\n${attempts.join('\n')}`,
    );
  }
  toString() {
    return `together[${this.steps.map(String).join(' ‖ ')}]`;
  }
}

class Advance implements ModelCommand {
  constructor(readonly ms: number) {}
  check() {
    return true;
  }
  async run(model: Model, real: Real) {
    model.now += this.ms;
    real.clock.set(new Date(model.now).toISOString());
  }
  toString() {
    return `advance(${this.ms >= 86_400_000 ? `${(this.ms / 86_400_000).toFixed(1)} days` : `${Math.round(this.ms / 60_000)} min`})`;
  }
}

class Expire implements ModelCommand {
  check() {
    return true;
  }
  async run(model: Model, real: Real) {
    await runExpiryJob(real.deps, real.clock.now(), { pageSize: 2 });
    expireAll(model);
    await checkInvariants(model, real, this.toString());
  }
  toString() {
    return 'expiry-job(now)';
  }
}

// ---------------------------------------------------------------- generators

/** m2 starts unenrolled and is picked less often, so most requests find their member. */
const memberArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('m0', 'm1') },
  { weight: 1, arbitrary: fc.constant('m2') },
);
const merchantArb = fc.constantFrom<Owner>(...MERCHANTS);
/** A small key space per owner, so keys collide now and then besides the explicit retries. */
const keyArb = fc.nat({ max: 40 }).map((n) => `k${n}`);
const amountArb = fc.oneof(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 100, max: 100_000 }));

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: memberArb.map((m) => new Enrol(m)) },
  { weight: 5, arbitrary: fc.tuple(merchantArb, memberArb, amountArb, keyArb).map((a) => new Earn(...a)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(merchantArb, memberArb, fc.constantFrom<RewardId>('gift', 'box'), fc.integer({ min: 1, max: 3 }), keyArb)
      .map((a) => new RedeemReward(...a)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(merchantArb, memberArb, fc.integer({ min: 1, max: 20_000 }), keyArb)
      .map((a) => new PayWithPoints(...a)),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        merchantArb,
        fc.option(fc.nat({ max: 30 }), { freq: 8 }),
        fc.option(fc.integer({ min: 1, max: 110 }), { freq: 2 }),
        keyArb,
      )
      .map((a) => new Reverse(...a)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        memberArb,
        fc.integer({ min: -3_000, max: 3_000 }).filter((p) => p !== 0),
        keyArb,
      )
      .map((a) => new Adjust(...a)),
  },
  { weight: 4, arbitrary: fc.tuple(fc.nat({ max: 30 }), fc.boolean()).map((a) => new Replay(...a)) },
);

const MINUTE = 60_000;
const DAY = 86_400_000;
const commandArbs: fc.Arbitrary<ModelCommand>[] = [
  stepArb.map((step) => new Single(step)),
  stepArb.map((step) => new Single(step)),
  stepArb.map((step) => new Single(step)),
  fc.array(stepArb, { minLength: 2, maxLength: 3 }).map((steps) => new Concurrently(steps)),
  fc.array(stepArb, { minLength: 2, maxLength: 3 }).map((steps) => new Concurrently(steps)),
  fc
    .oneof(
      fc.integer({ min: 0, max: 120 }).map((m) => m * MINUTE),
      fc.integer({ min: 1, max: 45 }).map((d) => d * DAY),
    )
    .map((ms) => new Advance(ms)),
  fc.constant(new Expire()),
];

// ---------------------------------------------------------------- the property

const START = '2027-03-15T10:00:00.000Z';

async function world(table: ReusedTable) {
  const { deps, clock, tableName } = await table.fresh(START);
  await putProgram(deps, {
    name: 'Model program',
    currency: 'CNY',
    paymentPointsPerUnit: PAYMENT_POINTS_PER_UNIT,
    expiryMonths: EXPIRY_MONTHS,
    tierWindowMonths: 12,
    limits: {},
    disclosure: {},
    creditPerks: { earnMultiplier: 1, redemptionDiscountPercent: 0 },
    settlement: { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: 0 },
  });
  for (const merchantId of MERCHANTS) {
    await putMerchant(deps, {
      merchantId,
      name: merchantId,
      category: 'grocery',
      green: false,
      earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
    });
  }
  for (const [rewardId, reward] of Object.entries(REWARDS)) {
    await putReward(deps, {
      rewardId,
      name: rewardId,
      kind: 'item',
      costPoints: reward.costPoints,
      valueMinor: 1_000,
      balance: 'points',
      stock: reward.stock,
      merchantId: reward.merchantId,
      conditions: 'Test reward.',
      creditOnly: false,
      priorityWindowHours: 0,
      active: true,
    });
  }
  // Two members start enrolled so most sequences move points from the first command.
  await enrolMember(deps, 'm0', null);
  await enrolMember(deps, 'm1', null);
  const model: Model = {
    now: Date.parse(START),
    members: { m0: { balance: 0, lots: [], hole: 0, expired: 0 }, m1: { balance: 0, lots: [], hole: 0, expired: 0 } },
    boxStock: REWARDS.box.stock,
    movements: [],
    answers: {},
    issued: [],
  };
  return { model, real: { deps, clock, client: table.client, tableName } satisfies Real };
}

describe('Property: the ledger on DynamoDB Local behaves like the model', () => {
  let client: DynamoDBClient;

  beforeAll(() => {
    client = localClient();
  });

  afterAll(() => {
    client.destroy();
  });

  const plan = lanePlan(RUNS, LANES);

  it(
    `keeps balances, stock and idempotency right over ${plan.runs} random sequences with retries and races`,
    async () => {
      const started = performance.now();
      const { cases, failures } = await checkInLanes(plan, async () => {
        const table = await ReusedTable.create(client);
        const property = fc.asyncProperty(
          fc.commands(commandArbs, { maxCommands: MAX_COMMANDS, replayPath: plan.commandsReplayPath }),
          async (commands) => {
            const { model, real } = await world(table);
            await fc.asyncModelRun(async () => ({ model, real }), commands);
          },
        );
        return { property, close: () => table.drop() };
      });
      const seconds = ((performance.now() - started) / 1_000).toFixed(1);
      console.log(
        `model property: ${cases} sequences (cases ${plan.first} to ${plan.first + plan.runs} of seed ${plan.seed}), ${plan.lanes} lane(s), ${seconds} s`,
      );
      if (failures.length > 0) throw new Error(failures.join('\n\n'));
      expect(cases).toBe(plan.runs);
    },
    DEEP ? 48 * 3_600_000 : 240_000,
  );
});
