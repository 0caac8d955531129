import type { ActivityItem, EntryDetails, LedgerEntry, StoredOutcome, TransactionType } from '../../domain/ledger.js';
import { ledgerPosition } from '../../domain/ledger.js';
import type { BalanceName } from '../../domain/program.js';
import type { EntrySettlement } from '../../domain/settlement.js';
import { activityPartition, settlementPartition, shardOf } from './keys.js';

/**
 * A ledger entry is also its idempotency record: it carries the request hash
 * (`rh`), the answer's status (`st`) and body (`body`, JSON). Short attribute
 * names keep a typical entry under 1 KB (2 WCU in a transaction).
 */
export function entryToItem(entry: LedgerEntry, outcome: StoredOutcome): Record<string, unknown> {
  return {
    txId: entry.transactionId,
    type: entry.type,
    mem: entry.memberId,
    mid: entry.merchantId,
    own: entry.owner,
    bal: entry.balanceName,
    pts: entry.points,
    delta: entry.delta,
    after: entry.balance,
    ref: entry.reference,
    at: entry.createdAt,
    occ: entry.occurredAt,
    cum: entry.lotCumulative ?? undefined,
    d: entry.details,
    rvp: entry.reversedPoints,
    rva: entry.reversedAmountMinor,
    rv: entry.rulesVersion ?? undefined,
    rh: outcome.requestHash,
    st: outcome.status,
    body: JSON.stringify(outcome.body),
    g1pk: activityPartition(entry.memberId),
    g1sk: ledgerPosition(entry.createdAt, entry.transactionId),
    ...settlementAttributes(entry),
  };
}

/** A settlement line as an item keeps it: merchant, side, signed points, rate, and whether it repays a debt. */
interface StoredLine {
  m: string;
  s: 'i' | 'h';
  p: number;
  r: number;
  x?: true;
}

function lineToItem(line: EntrySettlement): StoredLine {
  return {
    m: line.merchantId,
    s: line.side === 'issued' ? 'i' : 'h',
    p: line.points,
    r: line.ratePerThousand,
    ...(line.repaid && { x: true as const }),
  };
}

function lineFromStored(stored: StoredLine): EntrySettlement {
  return {
    merchantId: stored.m,
    side: stored.s === 'i' ? 'issued' : 'honoured',
    points: stored.p,
    ratePerThousand: stored.r,
    ...(stored.x && { repaid: true }),
  };
}

/** The attributes that put one settlement line in the sparse settlement index, under its merchant. */
export function settlementIndexAttributes(entry: LedgerEntry, line: EntrySettlement): Record<string, unknown> {
  return {
    ss: line.side === 'issued' ? 'i' : 'h',
    sp: line.points,
    sr: line.ratePerThousand,
    g4pk: settlementPartition(line.merchantId, shardOf(entry.transactionId)),
    g4sk: ledgerPosition(entry.createdAt, entry.transactionId),
  };
}

/**
 * The entry's first settlement line is indexed on the entry item itself (an
 * earn or a redemption has one line, and no other write); `sl` keeps the
 * others, each of which the ledger store also indexes as an item of its own.
 */
function settlementAttributes(entry: LedgerEntry): Record<string, unknown> {
  const [first, ...others] = entry.settlement;
  if (!first) return {};
  return {
    sm: first.merchantId,
    ...(first.repaid && { sx: true }),
    ...settlementIndexAttributes(entry, first),
    ...(others.length > 0 && { sl: others.map(lineToItem) }),
  };
}

function settlementFromItem(item: Record<string, unknown>): EntrySettlement[] {
  if (item.sm === undefined) return [];
  const first = lineFromStored({
    m: item.sm as string,
    s: item.ss as 'i' | 'h',
    p: item.sp as number,
    r: item.sr as number,
    ...(item.sx === true && { x: true as const }),
  });
  return [first, ...((item.sl as StoredLine[] | undefined) ?? []).map(lineFromStored)];
}

export function outcomeFromItem(item: Record<string, unknown>): StoredOutcome {
  return { requestHash: item.rh as string, status: item.st as number, body: JSON.parse(item.body as string) };
}

/** Null for a remembered refusal, which shares the key space but is not a movement. */
export function entryFromItem(item: Record<string, unknown>): LedgerEntry | null {
  if (item.type === undefined) return null;
  return {
    transactionId: item.txId as string,
    type: item.type as TransactionType,
    memberId: item.mem as string,
    merchantId: (item.mid as string | null) ?? null,
    owner: item.own as string,
    balanceName: item.bal as BalanceName,
    points: item.pts as number,
    delta: item.delta as number,
    balance: item.after as number,
    reference: (item.ref as string | null) ?? null,
    createdAt: item.at as string,
    occurredAt: item.occ as string,
    lotCumulative: (item.cum as number | undefined) ?? null,
    details: (item.d as EntryDetails) ?? {},
    reversedPoints: (item.rvp as number) ?? 0,
    reversedAmountMinor: (item.rva as number) ?? 0,
    settlement: settlementFromItem(item),
    rulesVersion: (item.rv as number | undefined) ?? null,
  };
}

export function activityFromItem(item: Record<string, unknown>): ActivityItem {
  return {
    transactionId: item.txId as string,
    type: item.type as TransactionType,
    balanceName: item.bal as BalanceName,
    points: item.pts as number,
    delta: item.delta as number,
    balance: item.after as number,
    merchantId: (item.mid as string | null) ?? null,
    reference: (item.ref as string | null) ?? null,
    createdAt: item.at as string,
    // Not in the activity index: listActivity (application/members.ts) reads it from the entries.
    rulesVersion: null,
  };
}
