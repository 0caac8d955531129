import { beforeEach, describe, expect, it } from 'vitest';
import { getProgram, putMerchant, putProgram } from '../../shared/application/configure.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { issueSpendCode } from '../../shared/application/spend-codes.js';
import { runTransfersJob } from '../../shared/application/jobs/transfers.js';
import { getMember, setFrozen } from '../../shared/application/members.js';
import { merchantStatement } from '../../shared/application/settlement.js';
import {
  confirmTransfer,
  getTransfer,
  listPendingTransfers,
  postTransfer,
  rejectTransfer,
} from '../../shared/application/transfers.js';
import { TransferClosedError } from '../../shared/domain/errors.js';
import { freshDeps } from '../helpers/dynamo.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { entriesOfType, expectLedgerMatchesBalance } from '../helpers/jobs.js';
import { enrolWithPoints, loadDemoProgram } from '../helpers/program.js';
import { AIRLINE_ID, airline, fruitShop, putAirline, transfer, transferIdOf } from '../helpers/transfers.js';

const POSTED = '2027-07-01T10:00:00.000Z';
const JULY = { from: '2027-07-01T00:00:00Z', to: '2027-08-01T00:00:00Z' };
const AUGUST = { from: '2027-08-01T00:00:00Z', to: '2027-09-01T00:00:00Z' };

describe('Transfers to exchange partners (DynamoDB Local)', () => {
  let deps: Deps;
  let clock: FakeClock;
  let tableName: string;

  beforeEach(async () => {
    ({ deps, clock, tableName } = await freshDeps(POSTED));
    await loadDemoProgram(deps);
    await putAirline(deps);
    await enrolWithPoints(deps, 'm1', 100_000);
  });

  const balanceOf = async (memberId: string) => (await getMember(deps, memberId)).balances.points;

  it('takes 60,000 points for 25,000 miles at once and holds them pending, exactly once per key', async () => {
    const first = await transfer(deps, 'm1', 'tr-1', 60_000);
    const retry = await transfer(deps, 'm1', 'tr-1', 60_000);

    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      memberId: 'm1',
      partnerId: AIRLINE_ID,
      points: 60_000,
      units: 25_000,
      status: 'pending',
      expiresAt: '2027-07-04T10:00:00.000Z',
      balances: { points: 40_000 },
    });
    expect(retry).toMatchObject({ status: 201, body: first.body, replayed: true });
    expect(await balanceOf('m1')).toBe(40_000);
    const [entry, ...more] = await entriesOfType(deps, tableName, 'm1', 'transfer');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ delta: -60_000 });
    // The posting merchant honours nothing, and nobody settles a pending transfer.
    expect((await deps.ledger.getEntry(entry!.txId as string))!.settlement).toEqual([]);
    expect((await merchantStatement(deps, 'fruit-shop', JULY)).statement.honoured.points).toBe(0);
    expect((await merchantStatement(deps, AIRLINE_ID, JULY)).statement.honoured.points).toBe(0);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('lists the partner its pending transfers, oldest first, a page at a time, and only its own', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock.set(`2027-07-01T10:0${i}:00.000Z`);
      ids.push(transferIdOf(await transfer(deps, 'm1', `list-${i}`, 3_000)));
    }
    await confirmTransfer(deps, airline, ids[1]!, 'REF-1');

    const firstPage = await listPendingTransfers(deps, AIRLINE_ID, { limit: 2, cursor: null });
    const secondPage = await listPendingTransfers(deps, AIRLINE_ID, { limit: 2, cursor: firstPage.nextCursor });

    expect([...firstPage.items, ...secondPage.items].map((item) => item.transferId)).toEqual([
      ids[0],
      ids[2],
      ids[3],
      ids[4],
    ]);
    expect(secondPage.nextCursor).toBeNull();
    expect((await listPendingTransfers(deps, 'fruit-shop', { limit: 10, cursor: null })).items).toEqual([]);
  });

  it('settles a confirmed transfer as honoured by the partner in the window of its confirmation, at the rate of its posting', async () => {
    clock.set('2027-07-31T20:00:00.000Z');
    const transferId = transferIdOf(await transfer(deps, 'm1', 'tr-settle', 60_000));
    // The partner's rate changes after the posting: the transfer keeps the rate in force when it was posted.
    await putAirline(deps, 9_999);
    clock.set('2027-08-01T08:00:00.000Z');

    const confirmed = await confirmTransfer(deps, airline, transferId, 'SKY-123');
    const again = await confirmTransfer(deps, airline, transferId, 'SKY-123');

    expect(confirmed).toMatchObject({
      status: 'confirmed',
      partnerReference: 'SKY-123',
      endedAt: '2027-08-01T08:00:00.000Z',
    });
    expect(again).toEqual(confirmed);
    expect((await merchantStatement(deps, AIRLINE_ID, JULY)).statement.honoured).toEqual({ points: 0, amountMinor: 0 });
    expect((await merchantStatement(deps, AIRLINE_ID, AUGUST)).statement).toMatchObject({
      honoured: { points: 60_000, amountMinor: 96_000 },
      issued: { points: 0, amountMinor: 0 },
      netMinor: 96_000,
    });
    for (const window of [JULY, AUGUST]) {
      expect((await merchantStatement(deps, 'fruit-shop', window)).statement.honoured).toEqual({
        points: 0,
        amountMinor: 0,
      });
    }
    expect(await balanceOf('m1')).toBe(40_000);
    expect((await listPendingTransfers(deps, AIRLINE_ID, { limit: 10, cursor: null })).items).toEqual([]);
    await expect(rejectTransfer(deps, airline, transferId, 'changed our mind')).rejects.toBeInstanceOf(
      TransferClosedError,
    );
    await expect(confirmTransfer(deps, airline, transferId, 'OTHER')).rejects.toBeInstanceOf(TransferClosedError);
  });

  it('gives the points back on rejection, in one transferReturn entry, and the ledger still sums to the balance', async () => {
    const transferId = transferIdOf(await transfer(deps, 'm1', 'tr-reject', 30_000));

    const rejected = await rejectTransfer(deps, airline, transferId, 'no such account');
    const again = await rejectTransfer(deps, airline, transferId, 'no such account');

    expect(rejected).toMatchObject({ status: 'rejected', reason: 'no such account', points: 30_000 });
    expect(again).toEqual(rejected);
    expect(await balanceOf('m1')).toBe(100_000);
    expect(await entriesOfType(deps, tableName, 'm1', 'transferReturn')).toHaveLength(1);
    expect((await merchantStatement(deps, AIRLINE_ID, JULY)).statement.honoured.points).toBe(0);
    await expect(rejectTransfer(deps, airline, transferId, 'another reason')).rejects.toBeInstanceOf(
      TransferClosedError,
    );
    await expect(confirmTransfer(deps, airline, transferId, 'LATE')).rejects.toBeInstanceOf(TransferClosedError);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');
  });

  it('gives the points back to a member frozen since the transfer', async () => {
    const transferId = transferIdOf(await transfer(deps, 'm1', 'tr-frozen', 30_000));
    await setFrozen(deps, 'm1', true, 'investigation');

    await rejectTransfer(deps, airline, transferId, 'frozen account');

    expect(await balanceOf('m1')).toBe(100_000);
  });

  it('expires unconfirmed transfers once expiresAt has passed, returning their points once however often it runs', async () => {
    await enrolWithPoints(deps, 'm2', 10_000);
    const due = transferIdOf(await transfer(deps, 'm1', 'tr-due', 3_000));
    const confirmedId = transferIdOf(await transfer(deps, 'm1', 'tr-kept', 3_000));
    clock.set('2027-07-02T10:00:00.000Z');
    const notYet = transferIdOf(await transfer(deps, 'm2', 'tr-later', 3_000));
    await confirmTransfer(deps, airline, confirmedId, 'KEPT');

    const atExpiry = await runTransfersJob(deps, new Date('2027-07-04T10:00:00.000Z'));
    clock.set('2027-07-04T11:00:00.000Z');
    const after = await runTransfersJob(deps, new Date('2027-07-04T11:00:00.000Z'), { pageSize: 1 });
    const rerun = await runTransfersJob(deps, new Date('2027-07-04T11:00:00.000Z'));

    expect(atExpiry).toMatchObject({ job: 'transfers', processed: 0, changed: 0 });
    expect(after).toMatchObject({ processed: 1, changed: 1 });
    expect(rerun).toMatchObject({ processed: 0, changed: 0 });
    expect(await getTransfer(deps, airline, due)).toMatchObject({
      status: 'expired',
      endedAt: '2027-07-04T11:00:00.000Z',
    });
    expect(await getTransfer(deps, airline, notYet)).toMatchObject({ status: 'pending' });
    expect(await getTransfer(deps, airline, confirmedId)).toMatchObject({ status: 'confirmed' });
    expect(await balanceOf('m1')).toBe(97_000);
    expect(await entriesOfType(deps, tableName, 'm1', 'transferReturn')).toHaveLength(1);
    await expect(confirmTransfer(deps, airline, due, 'TOO-LATE')).rejects.toBeInstanceOf(TransferClosedError);
    await expectLedgerMatchesBalance(deps, tableName, 'm1');

    const later = await runTransfersJob(deps, new Date('2027-07-05T11:00:00.000Z'));
    expect(later).toMatchObject({ processed: 1, changed: 1 });
    expect(await balanceOf('m2')).toBe(10_000);
  });

  it('lets exactly one of a racing confirm, reject and expiry end a transfer', async () => {
    let returned = 0;
    for (let round = 0; round < 6; round++) {
      clock.set(POSTED);
      const transferId = transferIdOf(await transfer(deps, 'm1', `race-${round}`, 3_000));
      clock.set('2027-07-05T00:00:00.000Z');
      const before = await balanceOf('m1');

      const outcomes = await Promise.allSettled([
        confirmTransfer(deps, airline, transferId, `REF-${round}`),
        rejectTransfer(deps, airline, transferId, 'race'),
        runTransfersJob(deps, new Date('2027-07-05T00:00:00.000Z')),
      ]);

      const ended = await getTransfer(deps, airline, transferId);
      const [confirm, reject, job] = outcomes;
      expect(job.status).toBe('fulfilled');
      const expiredHere = job.status === 'fulfilled' && job.value.changed === 1;
      const winners = [confirm.status === 'fulfilled', reject.status === 'fulfilled', expiredHere].filter(Boolean);
      expect(winners, `round ${round}: ${ended.status}`).toHaveLength(1);
      for (const loser of [confirm, reject]) {
        if (loser.status === 'rejected') expect(loser.reason).toBeInstanceOf(TransferClosedError);
      }
      if (ended.status !== 'confirmed') returned++;
      expect(await entriesOfType(deps, tableName, 'm1', 'transferReturn')).toHaveLength(returned);
      expect(await balanceOf('m1')).toBe(ended.status === 'confirmed' ? before : before + 3_000);
      const honoured = (await merchantStatement(deps, AIRLINE_ID, { from: POSTED, to: '2027-07-06T00:00:00.000Z' }))
        .statement.honoured.points;
      expect(honoured).toBe((round + 1 - returned) * 3_000);
      await expectLedgerMatchesBalance(deps, tableName, 'm1');
    }
  });

  it("asks for the member's consent as for spends: a merchant key brings the spend code, the operator does not", async () => {
    await putProgram(deps, { ...(await getProgram(deps)), memberConsent: { required: true } });
    const body = { memberId: 'm1', partnerId: AIRLINE_ID, points: 3_000, partnerAccount: 'FF-m1' };
    const post = (caller: Caller, key: string, spendCode?: string) =>
      postTransfer(deps, {
        caller,
        idempotencyKey: key,
        requestHash: requestHash('POST /v1/transfers', { ...body, spendCode }),
        ...body,
        ...(spendCode && { spendCode }),
      });

    await expect(post(fruitShop, 'no-code')).rejects.toMatchObject({ code: 'spend_code_required' });
    const { code } = await issueSpendCode(deps, 'm1');
    const withCode = await post(fruitShop, 'with-code', code);
    const byOperator = await post({ kind: 'admin' }, 'operator');

    expect(withCode.status).toBe(201);
    expect(byOperator.status).toBe(201);
    expect(await balanceOf('m1')).toBe(94_000);
  });

  it('refuses the partner that offers no exchange, and points off its steps, writing nothing', async () => {
    const { merchant } = await putMerchant(deps, {
      merchantId: 'no-exchange',
      name: 'Plain',
      category: 'shop',
      green: false,
      earnRules: [],
    });
    expect(merchant.exchange).toBeUndefined();
    const body = { memberId: 'm1', partnerId: 'no-exchange' };
    const refused = await postTransfer(deps, {
      caller: fruitShop,
      idempotencyKey: 'nope',
      requestHash: 'h',
      ...body,
      points: 3_000,
      partnerAccount: 'x',
    });
    expect(refused).toMatchObject({ status: 404, body: { code: 'partner_not_found' } });
    await expect(transfer(deps, 'm1', 'off-steps', 3_500)).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(transfer(deps, 'm1', 'too-few', 2_000)).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await balanceOf('m1')).toBe(100_000);
    expect(await entriesOfType(deps, tableName, 'm1', 'transfer')).toEqual([]);
  });
});
