import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { completeTask } from '../../shared/application/complete-task.js';
import { putMerchant, putProgram, putTiers } from '../../shared/application/configure.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { putTask } from '../../shared/application/engagement-config.js';
import { putGame } from '../../shared/application/games.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { enrolMember } from '../../shared/application/members.js';
import { playGame } from '../../shared/application/play-game.js';
import { redeem } from '../../shared/application/redeem.js';
import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { merchantStatement } from '../../shared/application/settlement.js';
import type { Merchant } from '../../shared/domain/program.js';
import { demoProgram, demoTiers } from '../../local/demo-data.js';
import { freshDeps } from '../helpers/dynamo.js';
import { expectLedgerMatchesBalance, transactionIdOf } from '../helpers/jobs.js';

const WINDOW = { from: '2027-07-01T00:00:00Z', to: '2027-08-01T00:00:00Z' };
const RATES = { issuePricePerThousandMinor: 2_000, reimbursementPerThousandMinor: 1_600 };
const grocer = (merchantId: string): Merchant => ({
  merchantId,
  name: merchantId,
  category: 'grocery',
  green: false,
  earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }],
  settlement: RATES,
});
const caller = (merchantId: string): Caller => ({ kind: 'merchant', merchantId, keyId: 'k' });

function earn(deps: Deps, merchantId: string, key: string, amountMinor: number, memberId = 'm1') {
  const body = { memberId, amountMinor, reference: key };
  return earnPoints(deps, {
    caller: caller(merchantId),
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/earn', body),
    ...body,
  });
}

function pay(deps: Deps, merchantId: string, key: string, amountMinor: number, memberId = 'm1') {
  const body = { memberId, payment: { amountMinor } };
  return redeem(deps, {
    caller: caller(merchantId),
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/redemptions', body),
    ...body,
  });
}

function refund(deps: Deps, merchantId: string, key: string, transactionId: string, amountMinor?: number) {
  const body = { transactionId, reason: 'returned', ...(amountMinor !== undefined && { amountMinor }) };
  return reverseTransaction(deps, {
    caller: caller(merchantId),
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/reversals', body),
    ...body,
  });
}

async function statementOf(deps: Deps, merchantId: string) {
  return (await merchantStatement(deps, merchantId, WINDOW)).statement;
}

describe('Defending the money on DynamoDB Local: whoever posts a point pays for it', () => {
  let deps: Deps;
  let tableName: string;
  beforeEach(async () => {
    ({ deps, tableName } = await freshDeps('2027-07-03T09:00:00.000Z'));
    await putProgram(deps, { ...demoProgram, settlement: RATES });
    await putTiers(deps, demoTiers);
    await putMerchant(deps, grocer('fruit-shop'));
    await putMerchant(deps, grocer('corner-grocer'));
    await enrolMember(deps, 'm1', null);
  });

  it('runs the worked example: −400, then +800 after 600 points earned elsewhere, then +1,600 once the debt is repaid', async () => {
    // Arrange: earn 1,000 at the fruit shop and pay 1,000 of its own bill with them (1,666 fen at 60 points per CNY)
    const purchase = await earn(deps, 'fruit-shop', 'receipt', 100_000);
    await pay(deps, 'fruit-shop', 'bill', 1_666);

    // Act 1: the purchase is refunded
    const reversal = await refund(deps, 'fruit-shop', 'refund', transactionIdOf(purchase));

    // Assert 1
    expect(reversal.body).toMatchObject({
      points: 1_000,
      recoveredPoints: 0,
      unrecoveredPoints: 1_000,
      balances: { points: -1_000 },
    });
    expect(await statementOf(deps, 'fruit-shop')).toMatchObject({
      issued: { points: 1_000, amountMinor: 2_000 },
      honoured: { points: 1_000, amountMinor: 1_600 },
      netMinor: -400,
    });

    // Act 2: 600 points earned at another merchant repay 600 of the debt
    const elsewhere = await earn(deps, 'corner-grocer', 'grocer-1', 60_000);

    // Assert 2
    expect(elsewhere.body).toMatchObject({ points: 600, balances: { points: -400 } });
    expect(await statementOf(deps, 'fruit-shop')).toMatchObject({
      issued: { points: 400, amountMinor: 800 },
      netMinor: 800,
    });
    expect(await statementOf(deps, 'corner-grocer')).toMatchObject({
      issued: { points: 600, amountMinor: 1_200 },
      netMinor: -1_200,
    });

    // Act 3: another 400 anywhere
    await earn(deps, 'corner-grocer', 'grocer-2', 40_000);

    // Assert 3: the fruit shop is whole, and the points it honoured were paid for by the grocer's issue
    expect(await statementOf(deps, 'fruit-shop')).toMatchObject({
      issued: { points: 0, amountMinor: 0 },
      netMinor: 1_600,
    });
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('credits the issuer at once with the part of a refund the balance still held, and leaves the rest owed', async () => {
    // Arrange: 1,000 earned, 600 spent at the shop
    const purchase = await earn(deps, 'fruit-shop', 'receipt', 100_000);
    await pay(deps, 'fruit-shop', 'bill', 1_000);

    // Act
    const reversal = await refund(deps, 'fruit-shop', 'refund', transactionIdOf(purchase));

    // Assert: 400 came out of the balance, 600 are owed
    expect(reversal.body).toMatchObject({
      points: 1_000,
      recoveredPoints: 400,
      unrecoveredPoints: 600,
      balances: { points: -600 },
    });
    expect(await statementOf(deps, 'fruit-shop')).toMatchObject({ issued: { points: 600 }, honoured: { points: 600 } });
  });

  it('makes the fake-purchase attack cost the shop: earn on a made-up bill, spend it at the shop, refund it', async () => {
    // Arrange
    const fake = await earn(deps, 'fruit-shop', 'fake', 100_000_000);
    await pay(deps, 'fruit-shop', 'cash-out', 1_666_666);

    // Act
    await refund(deps, 'fruit-shop', 'undo', transactionIdOf(fake));

    // Assert
    const statement = await statementOf(deps, 'fruit-shop');
    expect(statement.netMinor).toBeLessThanOrEqual(0);
    expect(statement.issued.points).toBe(1_000_000);
  });

  it('moves the member down in the refund’s own transaction when the tier it gave is no longer met', async () => {
    // Arrange: 50,000 CNY spent reaches gold
    const purchase = await earn(deps, 'fruit-shop', 'big', 5_000_000);
    expect(purchase.body).toMatchObject({ tier: { id: 'gold', changed: true } });

    // Act: half of it comes back: 25,000 CNY still meets silver (20,000) but not gold
    const partial = await refund(deps, 'fruit-shop', 'half', transactionIdOf(purchase), 2_500_000);

    // Assert
    expect(partial.body).toMatchObject({ tier: { id: 'silver', changed: true } });
    const whole = await refund(deps, 'fruit-shop', 'rest', transactionIdOf(purchase));
    expect(whole.body).toMatchObject({ tier: { id: 'basic', changed: true } });
  });

  it('settles a merchant key’s task completion as issued by that merchant', async () => {
    // Arrange
    await putTask(deps, {
      taskId: 'survey',
      name: 'Survey',
      conditions: 'Answer the survey.',
      points: 500,
      balance: 'points',
      limit: { count: 1, per: 'ever' },
      co2eGrams: null,
      methodology: null,
      startsAt: null,
      endsAt: null,
      active: true,
    });

    // Act
    const body = { memberId: 'm1', reference: 'survey-1' };
    await completeTask(deps, {
      caller: caller('fruit-shop'),
      idempotencyKey: 'survey-1',
      requestHash: requestHash('POST /v1/tasks/{taskId}/completions', { params: { taskId: 'survey' }, body }),
      taskId: 'survey',
      ...body,
    });
    await pay(deps, 'fruit-shop', 'spend-survey', 833);

    // Assert: 500 issued (1,000 fen), 500 honoured (800 fen): the shop pays 200 fen, it does not earn 800
    expect(await statementOf(deps, 'fruit-shop')).toMatchObject({
      issued: { points: 500, amountMinor: 1_000 },
      honoured: { points: 500, amountMinor: 800 },
      netMinor: -200,
    });
  });

  it('settles both sides of a merchant key’s game play, never netted', async () => {
    // Arrange: a one-ticket urn whose only prize is 50 points, at 10 points a play
    await putGame(deps, {
      gameId: 'one-prize',
      name: 'One prize',
      kind: 'scratchCard',
      conditions: 'One ticket: 50 points.',
      costPoints: 10,
      prizes: [{ prizeId: 'fifty', name: '50 points', points: 50, count: 1 }],
      blanks: 0,
      startsAt: '2027-01-01T00:00:00Z',
      endsAt: '2028-01-01T00:00:00Z',
    });
    await earn(deps, 'fruit-shop', 'stake', 1_000);

    // Act
    const body = { memberId: 'm1' };
    const play = await playGame(deps, {
      caller: caller('fruit-shop'),
      idempotencyKey: 'play-1',
      requestHash: requestHash('POST /v1/games/{gameId}/plays', { params: { gameId: 'one-prize' }, body }),
      gameId: 'one-prize',
      ...body,
    });

    // Assert: issued 10 (the stake) + 50 (the prize), honoured 10 (the cost)
    expect(play.status).toBe(201);
    expect(await statementOf(deps, 'fruit-shop')).toMatchObject({ issued: { points: 60 }, honoured: { points: 10 } });
  });

  it('costs an earn and a payment no extra round trip, with a debt to repay or without, while consent is off', async () => {
    // Arrange: a warm container, then a member in debt beside one without
    const { client } = (deps.ledger as unknown as { table: { client: DynamoDBClient } }).table;
    const purchase = await earn(deps, 'fruit-shop', 'warm', 100_000);
    await pay(deps, 'fruit-shop', 'spend', 1_666);
    await refund(deps, 'fruit-shop', 'into-debt', transactionIdOf(purchase));
    await enrolMember(deps, 'm2', null);
    const sent: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        sent.push((context as { commandName: string }).commandName);
        return next(args);
      },
      { step: 'initialize', name: 'count-round-trips' },
    );

    // Act
    await earn(deps, 'fruit-shop', 'clean-earn', 10_000, 'm2');
    await pay(deps, 'fruit-shop', 'clean-pay', 100, 'm2');
    await earn(deps, 'corner-grocer', 'repaying-earn', 10_000, 'm1');
    client.middlewareStack.remove('count-round-trips');

    // Assert: one read and one transaction each; the repayment rides in the earn's own transaction
    expect(sent).toEqual(Array.from({ length: 3 }, () => ['BatchGetItemCommand', 'TransactWriteItemsCommand']).flat());
    // 1,000 issued to m1, less 100 repaid by the grocer's earn, plus m2's 100
    expect(await statementOf(deps, 'fruit-shop')).toMatchObject({ issued: { points: 1_000 - 100 + 100 } });
  });

  it('loses no point and credits none twice when a debt repayment races a second refund', async () => {
    // Arrange: two purchases spent, then the first refunded into debt
    const first = await earn(deps, 'fruit-shop', 'first', 100_000);
    const second = await earn(deps, 'fruit-shop', 'second', 50_000);
    await pay(deps, 'fruit-shop', 'bill', 2_500);
    await refund(deps, 'fruit-shop', 'refund-first', transactionIdOf(first));

    // Act: 700 points earned elsewhere race the second purchase's refund
    const [repayment, refundSecond] = await Promise.all([
      earn(deps, 'corner-grocer', 'repay', 70_000),
      refund(deps, 'fruit-shop', 'refund-second', transactionIdOf(second)),
    ]);

    // Assert: 1,500 points owed in all, 700 repaid to the fruit shop whichever ran first
    expect([repayment.status, refundSecond.status]).toEqual([201, 201]);
    const shop = await statementOf(deps, 'fruit-shop');
    expect(shop.issued.points).toBe(1_500 - 700);
    expect(shop.honoured.points).toBe(1_500);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });
});
