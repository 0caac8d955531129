import type { Debt } from '../../domain/debts.js';
import type { Member, QualifyingActivity } from '../../domain/member.js';
import { NOTHING_RELEASED, type PendingPoints } from '../../domain/pending.js';
import type { CreditStanding } from '../../domain/program.js';

/**
 * The member item keeps every counter as a flat, short-named attribute so it
 * stays well under 1 KB: each transactional write of it costs 2 WCU.
 * Qualifying buckets are `qn|qs|qp<YYYYMM>` (nights, spend, points); `g2sk` is
 * the oldest open lot and `g3sk` the next tier review; `vd`, `ve` and `vp` count
 * the earns of the member's latest day of earning (velocity limits); `dbt`
 * lists the open debts (absent when there are none, as for most members);
 * `sch`/`sce` are the open spend code's hash and expiry, `scn`/`scs` the count
 * of invalid codes and when it started; `pnd` lists the pending points of held
 * earns (absent when there are none), each `{p: points, a: availableAt in epoch ms}`.
 */
const BUCKET = /^q([nsp])(\d{6})$/;
const BUCKET_FIELD = { n: 'nights', s: 'spendMinor', p: 'points' } as const;

export function bucketAttribute(field: keyof QualifyingActivity, month: string): string {
  const letter = field === 'nights' ? 'n' : field === 'spendMinor' ? 's' : 'p';
  return `q${letter}${month}`;
}

export function memberFromItem(item: Record<string, unknown>): Member {
  const qualifying: Record<string, QualifyingActivity> = {};
  for (const [name, value] of Object.entries(item)) {
    const match = BUCKET.exec(name);
    if (!match) continue;
    const month = match[2]!;
    qualifying[month] ??= { nights: 0, spendMinor: 0, points: 0 };
    qualifying[month][BUCKET_FIELD[match[1] as 'n' | 's' | 'p']] = value as number;
  }
  return {
    // The id is read from the key rather than stored twice: every byte of this item is paid on every movement.
    memberId: (item.pk as string).slice('MEMBER#'.length),
    balances: { points: (item.pts as number) ?? 0, green: (item.grn as number) ?? 0 },
    tierId: item.tier as string,
    tierSince: item.tierSince as string,
    creditStanding: item.credit as CreditStanding,
    frozen: item.frozen === true,
    frozenReason: (item.frozenReason as string | undefined) ?? null,
    creditedTotal: (item.cr as number) ?? 0,
    debitedTotal: (item.db as number) ?? 0,
    qualifying,
    oldestOpenLot: (item.g2sk as string | undefined) ?? null,
    tierReviewAt: (item.g3sk as string | undefined) ?? null,
    dailyEarns:
      item.vd === undefined ? null : { day: item.vd as string, earns: item.ve as number, points: item.vp as number },
    debts: ((item.dbt as StoredDebt[] | undefined) ?? []).map(debtFromItem),
    spendCode: item.sch === undefined ? null : { hash: item.sch as string, expiresAt: item.sce as string },
    spendCodeFailures: item.scn === undefined ? null : { count: item.scn as number, since: item.scs as string },
    pending: ((item.pnd as StoredPending[] | undefined) ?? []).map(pendingFromItem),
    released: NOTHING_RELEASED,
    version: item.v as number,
    createdAt: item.at as string,
  };
}

export function memberToItem(member: Member): Record<string, unknown> {
  return {
    pts: member.balances.points,
    grn: member.balances.green,
    tier: member.tierId,
    tierSince: member.tierSince,
    credit: member.creditStanding,
    frozen: member.frozen,
    cr: member.creditedTotal,
    db: member.debitedTotal,
    v: member.version,
    at: member.createdAt,
  };
}

/** The balance attribute of each balance name. */
export const BALANCE_ATTRIBUTE = { points: 'pts', green: 'grn' } as const;

/** A debt as the member item keeps it: short names, since every byte of the item is paid on every movement. */
interface StoredDebt {
  m: string;
  r: number;
  p: number;
  t: string;
}

function debtFromItem(stored: StoredDebt): Debt {
  return { merchantId: stored.m, ratePerThousand: stored.r, points: stored.p, transactionId: stored.t };
}

export function debtToItem(debt: Debt): StoredDebt {
  return { m: debt.merchantId, r: debt.ratePerThousand, p: debt.points, t: debt.transactionId };
}

/** A pending bucket as the member item keeps it: the release time as a number is a third the size of its text. */
interface StoredPending {
  p: number;
  a: number;
}

function pendingFromItem(stored: StoredPending): PendingPoints {
  return { points: stored.p, availableAt: new Date(stored.a).toISOString() };
}

export function pendingToItem(bucket: PendingPoints): StoredPending {
  return { p: bucket.points, a: Date.parse(bucket.availableAt) };
}
