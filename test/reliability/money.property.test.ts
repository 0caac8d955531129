import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeTask } from '../../shared/application/complete-task.js';
import { putMerchant, putProgram, putReward, putTiers } from '../../shared/application/configure.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { putBadge, putBadgeSet, putTask } from '../../shared/application/engagement-config.js';
import { putGame } from '../../shared/application/games.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { enrolMember } from '../../shared/application/members.js';
import { playGame } from '../../shared/application/play-game.js';
import { redeem } from '../../shared/application/redeem.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { merchantStatement } from '../../shared/application/settlement.js';
import { memberNow } from '../../shared/application/member-now.js';
import { runTransfersJob } from '../../shared/application/jobs/transfers.js';
import { confirmTransfer, postTransfer, rejectTransfer } from '../../shared/application/transfers.js';
import { totalDebt } from '../../shared/domain/debts.js';
import { pendingTotal } from '../../shared/domain/pending.js';
import { localClient } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { checkInLanes, lanePlan } from '../helpers/property-lanes.js';
import { answerOf, DEEP, type Answer } from '../helpers/reliability.js';
import { ReusedTable } from '../helpers/reused-table.js';

/**
 * The money guarantee, as a property over DynamoDB Local: no sequence of
 * requests made with one merchant's key (earns, payments, redemptions, full
 * and partial refunds, task completions with a badge set's prize, game plays,
 * transfers to a partner however they end, replays, concurrent groups) leaves that merchant owed money when its
 * reimbursement rate is at most its issue price; and with every merchant's
 * reimbursement at most every merchant's issue price, sequences from all of
 * them never leave the program's position negative. Checked after every step,
 * with the ledger summing to the balances (available + pending: one merchant
 * holds its earns, and time passes past the hold) and the debts to what refunds left owed;
 * the operator changes prices in between (a rise waits for its notice), and
 * every entry names a rules version that had taken effect when it was posted.
 */

const RUNS = DEEP ? 10_000 : 15;
const LANES = DEEP ? 4 : 2;
const MAX_COMMANDS = 14;
const START = '2027-07-03T09:00:00.000Z';
const WINDOW = { from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' };

/** Every reimbursement (≤ 1,600) at most every issue price (≥ 1,800); shop-b holds its earns' points for 2 days. */
const MERCHANTS = {
  'shop-a': { issuePricePerThousandMinor: 2_000, reimbursementPerThousandMinor: 1_600 },
  'shop-b': { issuePricePerThousandMinor: 1_800, reimbursementPerThousandMinor: 1_500 },
} as const;
type MerchantId = keyof typeof MERCHANTS;
const HOLD_DAYS = 2;
/**
 * The exchange partner: it honours the transfers it confirms at a
 * reimbursement below every issue price, and its own key only ends transfers.
 */
const PARTNER = 'air';
const PARTNER_RATES = { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: 1_400 };
const partnerCaller: Caller = { kind: 'merchant', merchantId: PARTNER, keyId: 'k-air' };
const MEMBERS = ['m0', 'm1'] as const;
const REWARDS = ['gift', 'box', 'plain'] as const;
type RewardId = (typeof REWARDS)[number];
const REWARD_COST_POINTS = 300;
const PAYMENT_POINTS_PER_UNIT = 60;

/** The program, with a week's notice of a change that hurts members: the operator's price changes are part of the sequences. */
const program = (paymentPointsPerUnit: number) => ({
  name: 'Money program',
  currency: 'CNY',
  paymentPointsPerUnit,
  expiryMonths: null,
  tierWindowMonths: 12,
  limits: {},
  disclosure: {},
  creditPerks: { earnMultiplier: 1, redemptionDiscountPercent: 0 },
  settlement: { issuePricePerThousandMinor: 0, reimbursementPerThousandMinor: 0 },
  noticeDays: 7,
});

/** A reward: the gift is shop-a's, the box shop-b's (3 in stock), the plain one the program's. */
const reward = (rewardId: RewardId, costPoints: number) => ({
  rewardId,
  name: rewardId,
  kind: 'item' as const,
  costPoints,
  valueMinor: 1_000,
  balance: 'points' as const,
  stock: rewardId === 'box' ? 3 : null,
  merchantId: { gift: 'shop-a', box: 'shop-b', plain: null }[rewardId],
  conditions: 'Test reward.',
  creditOnly: false,
  priorityWindowHours: 0,
  active: true,
});

interface Real {
  deps: Deps;
  clock: FakeClock;
  client: DynamoDBClient;
  tableName: string;
}

interface State {
  /** The merchants whose keys this sequence uses. */
  merchants: readonly MerchantId[];
  /** Earns and redemptions that succeeded, for refunds to pick from. */
  reversible: { transactionId: string; merchantId: MerchantId }[];
  /** Every keyed request sent, for replays. */
  sent: Step[];
  /** Transfers posted, for the partner and the job to end. */
  transfers: string[];
  /** Entries whose rules version has been checked, and when each version seen took effect. */
  versionsChecked: Set<string>;
  effectiveFrom: Map<number, string>;
}

const callerOf = (merchantId: MerchantId): Caller => ({ kind: 'merchant', merchantId, keyId: 'k' });

/** One request with a merchant's key. */
abstract class Step {
  constructor(
    readonly merchantId: MerchantId,
    readonly key: string,
  ) {}
  abstract send(real: Real, state: State): Promise<Answer>;
  abstract label(): string;
}

class Earn extends Step {
  constructor(
    merchantId: MerchantId,
    key: string,
    readonly memberId: string,
    readonly amountMinor: number,
  ) {
    super(merchantId, key);
  }
  send(real: Real) {
    const body = { memberId: this.memberId, amountMinor: this.amountMinor, reference: this.key };
    return answerOf(() =>
      earnPoints(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: this.key,
        requestHash: requestHash('POST /v1/earn', body),
        ...body,
      }),
    );
  }
  label() {
    return `earn(${this.merchantId}, ${this.memberId}, ${this.amountMinor} fen, ${this.key})`;
  }
}

class Pay extends Step {
  constructor(
    merchantId: MerchantId,
    key: string,
    readonly memberId: string,
    readonly amountMinor: number,
  ) {
    super(merchantId, key);
  }
  send(real: Real) {
    const body = { memberId: this.memberId, payment: { amountMinor: this.amountMinor } };
    return answerOf(() =>
      redeem(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: this.key,
        requestHash: requestHash('POST /v1/redemptions', body),
        ...body,
      }),
    );
  }
  label() {
    return `pay(${this.merchantId}, ${this.memberId}, ${this.amountMinor} fen, ${this.key})`;
  }
}

class Redeem extends Step {
  constructor(
    merchantId: MerchantId,
    key: string,
    readonly memberId: string,
    readonly rewardId: string,
  ) {
    super(merchantId, key);
  }
  send(real: Real) {
    const body = { memberId: this.memberId, rewardId: this.rewardId, quantity: 1 };
    return answerOf(() =>
      redeem(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: this.key,
        requestHash: requestHash('POST /v1/redemptions', body),
        ...body,
      }),
    );
  }
  label() {
    return `redeem(${this.merchantId}, ${this.memberId}, ${this.rewardId}, ${this.key})`;
  }
}

class Refund extends Step {
  constructor(
    merchantId: MerchantId,
    key: string,
    readonly target: number,
    readonly amountMinor: number | null,
  ) {
    super(merchantId, key);
  }
  send(real: Real, state: State) {
    const own = state.reversible.filter((entry) => entry.merchantId === this.merchantId);
    const transactionId = own.length === 0 ? 'missing' : own[this.target % own.length]!.transactionId;
    const body = {
      transactionId,
      reason: 'refund',
      ...(this.amountMinor !== null && { amountMinor: this.amountMinor }),
    };
    return answerOf(() =>
      reverseTransaction(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: this.key,
        requestHash: requestHash('POST /v1/reversals', body),
        ...body,
      }),
    );
  }
  label() {
    return `refund(${this.merchantId}, #${this.target}${this.amountMinor === null ? '' : `, ${this.amountMinor} fen`}, ${this.key})`;
  }
}

class Complete extends Step {
  constructor(
    merchantId: MerchantId,
    key: string,
    readonly memberId: string,
  ) {
    super(merchantId, key);
  }
  send(real: Real) {
    const body = { memberId: this.memberId, reference: this.key };
    return answerOf(() =>
      completeTask(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: this.key,
        requestHash: requestHash('POST /v1/tasks/{taskId}/completions', { params: { taskId: 'survey' }, body }),
        taskId: 'survey',
        ...body,
      }),
    );
  }
  label() {
    return `complete(${this.merchantId}, ${this.memberId}, ${this.key})`;
  }
}

class Play extends Step {
  constructor(
    merchantId: MerchantId,
    key: string,
    readonly memberId: string,
  ) {
    super(merchantId, key);
  }
  send(real: Real) {
    const body = { memberId: this.memberId };
    return answerOf(() =>
      playGame(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: this.key,
        requestHash: requestHash('POST /v1/games/{gameId}/plays', { params: { gameId: 'wheel' }, body }),
        gameId: 'wheel',
        ...body,
      }),
    );
  }
  label() {
    return `play(${this.merchantId}, ${this.memberId}, ${this.key})`;
  }
}

class Transfer extends Step {
  constructor(
    merchantId: MerchantId,
    key: string,
    readonly memberId: string,
    readonly points: number,
  ) {
    super(merchantId, key);
  }
  send(real: Real) {
    const body = {
      memberId: this.memberId,
      partnerId: PARTNER,
      points: this.points,
      partnerAccount: `FF-${this.memberId}`,
    };
    return answerOf(() =>
      postTransfer(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: this.key,
        requestHash: requestHash('POST /v1/transfers', body),
        ...body,
      }),
    );
  }
  label() {
    return `transfer(${this.merchantId}, ${this.memberId}, ${this.points} points, ${this.key})`;
  }
}

function remember(step: Step, answer: Answer, state: State): void {
  state.sent.push(step);
  const moved = answer.kind === 'outcome' && answer.status === 201 && !answer.replayed;
  if (moved && (step instanceof Earn || step instanceof Pay || step instanceof Redeem)) {
    state.reversible.push({ transactionId: answer.body.transactionId, merchantId: step.merchantId });
  }
  if (moved && step instanceof Transfer) state.transfers.push(answer.body.transferId);
  // Anything a client can send is answered: a 5xx here is a bug.
  if (answer.status >= 500) throw new Error(`${step.label()} answered ${answer.status}: ${JSON.stringify(answer)}`);
}

async function checkMoney(real: Real, state: State, after: string): Promise<void> {
  const statements = await Promise.all(
    [...Object.keys(MERCHANTS), PARTNER].map(
      async (merchantId) => (await merchantStatement(real.deps, merchantId, WINDOW)).statement,
    ),
  );
  const position = statements.reduce(
    (sum, statement) => sum + statement.issued.amountMinor - statement.honoured.amountMinor,
    0,
  );
  if (position < 0)
    throw new Error(`after ${after}: the program's position is ${position} fen\n${JSON.stringify(statements)}`);
  if (state.merchants.length === 1) {
    const own = statements.find((statement) => statement.merchantId === state.merchants[0])!;
    if (own.netMinor > 0)
      throw new Error(`after ${after}: ${own.merchantId} alone is owed ${own.netMinor} fen\n${JSON.stringify(own)}`);
  }

  for (const memberId of MEMBERS) {
    const [stored, { points, transactionIds }] = await Promise.all([
      real.deps.members.get(memberId),
      pointsPosted(real.deps, memberId),
    ]);
    await checkRulesVersions(real.deps, state, transactionIds, after);
    // As of now, without any job: what matured is spendable and has paid off debts.
    const member = memberNow(real.deps, stored)!;
    const balance = member.balances.points;
    const pending = pendingTotal(member.pending);
    if (points !== balance + pending) {
      throw new Error(
        `after ${after}: ${memberId}'s entries sum to ${points}, the balance is ${balance} and ${pending} are pending`,
      );
    }
    if (member.pending.some((bucket) => bucket.points <= 0))
      throw new Error(`after ${after}: ${memberId} has an empty pending bucket`);
    const owed = totalDebt(member.debts);
    if (owed !== Math.max(0, -balance))
      throw new Error(`after ${after}: ${memberId} owes ${owed} in debts with a balance of ${balance}`);
  }
}

/** The sum of a member's entries to the points balance, from their activity, and the entries' ids. */
async function pointsPosted(deps: Deps, memberId: string): Promise<{ points: number; transactionIds: string[] }> {
  let points = 0;
  const transactionIds: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.ledger.listActivity(memberId, { limit: 100, cursor, merchantId: null });
    for (const item of page.items) {
      if (item.balanceName === 'points') points += item.delta;
      transactionIds.push(item.transactionId);
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { points, transactionIds };
}

/** Every entry not checked before names a rules version that existed, and had taken effect, when it was posted. */
async function checkRulesVersions(deps: Deps, state: State, transactionIds: string[], after: string): Promise<void> {
  const unchecked = transactionIds.filter((transactionId) => !state.versionsChecked.has(transactionId));
  for (const entry of await deps.ledger.getEntries(unchecked)) {
    const version = entry.rulesVersion;
    if (version === null) throw new Error(`after ${after}: ${entry.transactionId} records no rules version`);
    if (!state.effectiveFrom.has(version)) {
      const stored = await deps.rules.get(version);
      if (!stored) throw new Error(`after ${after}: ${entry.transactionId} records version ${version}, never made`);
      state.effectiveFrom.set(version, stored.effectiveFrom);
    }
    const effectiveFrom = state.effectiveFrom.get(version)!;
    if (effectiveFrom > entry.createdAt)
      throw new Error(
        `after ${after}: ${entry.transactionId} (${entry.createdAt}) records version ${version}, in effect only from ${effectiveFrom}`,
      );
    state.versionsChecked.add(entry.transactionId);
  }
}

type MoneyCommand = fc.AsyncCommand<State, Real>;

class Alone implements MoneyCommand {
  constructor(readonly step: Step) {}
  check(state: Readonly<State>) {
    return state.merchants.includes(this.step.merchantId);
  }
  async run(state: State, real: Real) {
    remember(this.step, await this.step.send(real, state), state);
    await checkMoney(real, state, this.toString());
  }
  toString() {
    return this.step.label();
  }
}

class Replay implements MoneyCommand {
  constructor(readonly index: number) {}
  check(state: Readonly<State>) {
    return state.sent.length > 0;
  }
  async run(state: State, real: Real) {
    const step = state.sent[this.index % state.sent.length]!;
    remember(step, await step.send(real, state), state);
    await checkMoney(real, state, this.toString());
  }
  toString() {
    return `replay(#${this.index})`;
  }
}

class Together implements MoneyCommand {
  constructor(readonly steps: Step[]) {}
  check(state: Readonly<State>) {
    return this.steps.every((step) => state.merchants.includes(step.merchantId));
  }
  async run(state: State, real: Real) {
    const answers = await Promise.all(this.steps.map((step) => step.send(real, state)));
    this.steps.forEach((step, i) => {
      remember(step, answers[i]!, state);
    });
    await checkMoney(real, state, this.toString());
  }
  toString() {
    return `together[${this.steps.map((step) => step.label()).join(' ‖ ')}]`;
  }
}

/**
 * The cash-out scheme a colluding key would try, one request after another:
 * earn on a made-up bill, spend the points at its own till, refund the bill
 * (whole or in part). Random sequences reach it rarely; this makes it common.
 */
class Scheme implements MoneyCommand {
  constructor(
    readonly merchantId: MerchantId,
    readonly memberId: string,
    readonly amountMinor: number,
    readonly spentPercent: number,
    readonly refundPercent: number | null,
    readonly key: string,
  ) {}
  check(state: Readonly<State>) {
    return state.merchants.includes(this.merchantId);
  }
  async run(state: State, real: Real) {
    const earn = new Earn(this.merchantId, `${this.key}-earn`, this.memberId, this.amountMinor);
    const earned = await earn.send(real);
    remember(earn, earned, state);
    await checkMoney(real, state, earn.label());
    if (earned.kind !== 'outcome' || earned.status !== 201) return;
    const points = earned.body.points as number;
    // Paying p points takes amountMinor = floor(p × 100 / 60) at 60 points per CNY.
    const pay = new Pay(
      this.merchantId,
      `${this.key}-pay`,
      this.memberId,
      Math.max(1, Math.floor((points * this.spentPercent) / 60)),
    );
    remember(pay, await pay.send(real), state);
    await checkMoney(real, state, pay.label());
    const refundAmount =
      this.refundPercent === null ? null : Math.max(1, Math.floor((this.amountMinor * this.refundPercent) / 100));
    const body = {
      transactionId: earned.body.transactionId as string,
      reason: 'refund',
      ...(refundAmount !== null && { amountMinor: refundAmount }),
    };
    const refund = await answerOf(() =>
      reverseTransaction(real.deps, {
        caller: callerOf(this.merchantId),
        idempotencyKey: `${this.key}-refund`,
        requestHash: requestHash('POST /v1/reversals', body),
        ...body,
      }),
    );
    if (refund.status >= 500) throw new Error(`the scheme's refund answered ${refund.status}`);
    await checkMoney(real, state, this.toString());
  }
  toString() {
    return `scheme(${this.merchantId}, ${this.memberId}, earn ${this.amountMinor} fen, spend ${this.spentPercent}%, refund ${this.refundPercent ?? 100}%, ${this.key})`;
  }
}

/** The partner confirms or rejects a transfer (an ended one answers 409 `transfer_closed`, which changes nothing). */
class PartnerEnds implements MoneyCommand {
  constructor(
    readonly index: number,
    readonly confirms: boolean,
  ) {}
  check(state: Readonly<State>) {
    return state.transfers.length > 0;
  }
  async run(state: State, real: Real) {
    const transferId = state.transfers[this.index % state.transfers.length]!;
    const answer = await answerOf(async () => ({
      status: 200,
      replayed: false,
      body: this.confirms
        ? await confirmTransfer(real.deps, partnerCaller, transferId, `REF-${this.index}`)
        : await rejectTransfer(real.deps, partnerCaller, transferId, 'no such account'),
    }));
    if (answer.status >= 500)
      throw new Error(`${this.toString()} answered ${answer.status}: ${JSON.stringify(answer)}`);
    await checkMoney(real, state, this.toString());
  }
  toString() {
    return `${this.confirms ? 'confirm' : 'reject'}(#${this.index})`;
  }
}

/** The hourly job, at the model's clock: transfers unconfirmed for an hour come back. */
class ExpireTransfers implements MoneyCommand {
  check(state: Readonly<State>) {
    return state.transfers.length > 0;
  }
  async run(state: State, real: Real) {
    await runTransfersJob(real.deps, real.clock.now());
    await checkMoney(real, state, this.toString());
  }
  toString() {
    return 'transfers job';
  }
}

/**
 * The operator changes a price: a rise waits its week's notice (202), a cut
 * applies at once. Each makes a rules version, which the entries after it
 * record, and the money guarantee holds at any price.
 */
class Reprice implements MoneyCommand {
  constructor(
    readonly rewardId: RewardId | null,
    readonly price: number,
  ) {}
  check() {
    return true;
  }
  async run(state: State, real: Real) {
    // A millisecond on, so a version made right after another still takes effect at the clock's time.
    real.clock.advance(1);
    if (this.rewardId === null) await putProgram(real.deps, program(this.price));
    else await putReward(real.deps, reward(this.rewardId, this.price));
    await checkMoney(real, state, this.toString());
  }
  toString() {
    return this.rewardId === null ? `paymentPointsPerUnit(${this.price})` : `reprice(${this.rewardId}, ${this.price})`;
  }
}

class Advance implements MoneyCommand {
  constructor(readonly minutes: number) {}
  check() {
    return true;
  }
  async run(_state: State, real: Real) {
    real.clock.set(new Date(real.clock.now().getTime() + this.minutes * 60_000).toISOString());
  }
  toString() {
    return `advance(${this.minutes} min)`;
  }
}

const merchantArb = fc.constantFrom<MerchantId>('shop-a', 'shop-b');
const memberArb = fc.constantFrom(...MEMBERS);
const keyArb = fc.nat({ max: 25 }).map((n) => `k${n}`);
const amountArb = fc.oneof(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 100, max: 200_000 }));
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(merchantArb, keyArb, memberArb, amountArb).map((a) => new Earn(...a)) },
  {
    weight: 3,
    arbitrary: fc.tuple(merchantArb, keyArb, memberArb, fc.integer({ min: 1, max: 5_000 })).map((a) => new Pay(...a)),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(merchantArb, keyArb, memberArb, fc.constantFrom(...REWARDS)).map((a) => new Redeem(...a)),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(merchantArb, keyArb, fc.nat({ max: 20 }), fc.option(fc.integer({ min: 1, max: 100_000 }), { freq: 2 }))
      .map((a) => new Refund(...a)),
  },
  { weight: 2, arbitrary: fc.tuple(merchantArb, keyArb, memberArb).map((a) => new Complete(...a)) },
  { weight: 2, arbitrary: fc.tuple(merchantArb, keyArb, memberArb).map((a) => new Play(...a)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        merchantArb,
        keyArb,
        memberArb,
        fc.integer({ min: 1, max: 30 }).map((n) => n * 100),
      )
      .map((a) => new Transfer(...a)),
  },
);
const schemeArb = fc
  .tuple(
    merchantArb,
    memberArb,
    fc.integer({ min: 1_000, max: 500_000 }),
    fc.integer({ min: 10, max: 100 }),
    fc.option(fc.integer({ min: 1, max: 99 }), { freq: 1 }),
    keyArb,
  )
  .map((a) => new Scheme(...a));
const commandArbs: fc.Arbitrary<MoneyCommand>[] = [
  stepArb.map((step) => new Alone(step)),
  stepArb.map((step) => new Alone(step)),
  stepArb.map((step) => new Alone(step)),
  fc.nat({ max: 30 }).map((index) => new Replay(index)),
  schemeArb,
  schemeArb,
  fc.array(stepArb, { minLength: 2, maxLength: 3 }).map((steps) => new Together(steps)),
  fc.integer({ min: 1, max: 600 }).map((minutes) => new Advance(minutes)),
  // Past shop-b's hold now and then: its pending points become spendable between the steps around them.
  fc.integer({ min: 1, max: HOLD_DAYS + 1 }).map((days) => new Advance(days * 1_440)),
  fc.tuple(fc.nat({ max: 10 }), fc.boolean()).map(([index, confirms]) => new PartnerEnds(index, confirms)),
  fc.constant(new ExpireTransfers()),
  fc
    .oneof(
      fc.tuple(fc.constantFrom(...REWARDS), fc.integer({ min: 100, max: 600 })),
      fc.tuple(fc.constant(null), fc.integer({ min: 30, max: 120 })),
    )
    .map(([rewardId, price]) => new Reprice(rewardId, price)),
  // Past a week's notice now and then: a waiting price rise applies between the steps around it.
  fc.constant(new Advance(8 * 1_440)),
];

async function world(table: ReusedTable, merchants: readonly MerchantId[]) {
  const { deps, clock, tableName } = await table.fresh(START);
  await putProgram(deps, program(PAYMENT_POINTS_PER_UNIT));
  await putTiers(deps, [
    { id: 'basic', name: 'Basic', qualification: {} },
    { id: 'gold', name: 'Gold', qualification: { spendMinor: 150_000 } },
  ]);
  for (const [merchantId, settlement] of Object.entries(MERCHANTS)) {
    await putMerchant(deps, {
      merchantId,
      name: merchantId,
      category: 'grocery',
      green: false,
      // Gold members earn half again: a refund that takes the tier away is part of the sequences.
      earnRules: [{ kind: 'spend', points: 1, perMinor: 100, tierMultipliers: { gold: 1.5 } }],
      settlement,
      holdDays: merchantId === 'shop-b' ? HOLD_DAYS : 0,
    });
  }
  await putMerchant(deps, {
    merchantId: PARTNER,
    name: 'Air',
    category: 'airline',
    green: false,
    earnRules: [],
    settlement: PARTNER_RATES,
    exchange: {
      currency: 'miles',
      pointsPerUnit: 3,
      minPoints: 100,
      incrementPoints: 100,
      confirmWithinHours: 1,
      conditions: 'Test partner.',
    },
  });
  for (const rewardId of REWARDS) await putReward(deps, reward(rewardId, REWARD_COST_POINTS));
  await putTask(deps, {
    taskId: 'survey',
    name: 'Survey',
    conditions: 'Answer it.',
    points: 200,
    balance: 'points',
    limit: { count: 3, per: 'day' },
    co2eGrams: null,
    methodology: null,
    startsAt: null,
    endsAt: null,
    active: true,
  });
  await putBadge(deps, {
    badgeId: 'first',
    name: 'First',
    conditions: 'One survey.',
    taskId: 'survey',
    completions: 1,
  });
  await putBadge(deps, {
    badgeId: 'second',
    name: 'Second',
    conditions: 'Two surveys.',
    taskId: 'survey',
    completions: 2,
  });
  await putBadgeSet(deps, {
    setId: 'both',
    name: 'Both',
    conditions: 'Both badges.',
    badgeIds: ['first', 'second'],
    prizePoints: 150,
  });
  await putGame(deps, {
    gameId: 'wheel',
    name: 'Wheel',
    kind: 'wheel',
    conditions: '20 tickets.',
    costPoints: 50,
    prizes: [
      { prizeId: 'big', name: '400 points', points: 400, count: 2 },
      { prizeId: 'small', name: '60 points', points: 60, count: 4 },
    ],
    blanks: 14,
    startsAt: '2027-01-01T00:00:00Z',
    endsAt: '2028-01-01T00:00:00Z',
  });
  for (const memberId of MEMBERS) await enrolMember(deps, memberId, null);
  const state: State = {
    merchants,
    reversible: [],
    sent: [],
    transfers: [],
    versionsChecked: new Set(),
    effectiveFrom: new Map(),
  };
  // Past the setup's versions, which took effect a millisecond apart from START on.
  clock.advance(1_000);
  return { state, real: { deps, clock, client: table.client, tableName } satisfies Real };
}

describe('Property: no key creates value it does not pay for (DynamoDB Local)', () => {
  let client: DynamoDBClient;

  beforeAll(() => {
    client = localClient();
  });

  afterAll(() => {
    client.destroy();
  });

  const plan = lanePlan(RUNS, LANES);

  it(
    `keeps one merchant's net ≤ 0 and the program's position ≥ 0 over ${plan.runs} random sequences with refunds, debts, tasks, plays, transfers, price changes and races`,
    async () => {
      const started = performance.now();
      const { cases, failures } = await checkInLanes(plan, async () => {
        const table = await ReusedTable.create(client);
        const merchantsArb = fc.constantFrom<readonly MerchantId[]>(['shop-a'], ['shop-b'], ['shop-a', 'shop-b']);
        const property = fc.asyncProperty(
          merchantsArb,
          fc.commands(commandArbs, { maxCommands: MAX_COMMANDS, replayPath: plan.commandsReplayPath }),
          async (merchants, commands) => {
            const { state, real } = await world(table, merchants);
            await fc.asyncModelRun(async () => ({ model: state, real }), commands);
          },
        );
        return { property, close: () => table.drop() };
      });
      const seconds = ((performance.now() - started) / 1_000).toFixed(1);
      console.log(
        `money property: ${cases} sequences (cases ${plan.first} to ${plan.first + plan.runs} of seed ${plan.seed}), ${plan.lanes} lane(s), ${seconds} s`,
      );
      if (failures.length > 0) throw new Error(failures.join('\n\n'));
      expect(cases).toBe(plan.runs);
    },
    DEEP ? 48 * 3_600_000 : 600_000,
  );
});
