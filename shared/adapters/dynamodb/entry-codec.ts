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
    rh: outcome.requestHash,
    st: outcome.status,
    body: JSON.stringify(outcome.body),
    g1pk: activityPartition(entry.memberId),
    g1sk: ledgerPosition(entry.createdAt, entry.transactionId),
    ...(entry.settlement && settlementAttributes(entry, entry.settlement)),
  };
}

/** The settling merchant, side, signed points and rate, keyed into the sparse settlement index. */
function settlementAttributes(entry: LedgerEntry, settlement: EntrySettlement): Record<string, unknown> {
  return {
    sm: settlement.merchantId,
    ss: settlement.side === 'issued' ? 'i' : 'h',
    sp: settlement.points,
    sr: settlement.ratePerThousand,
    g4pk: settlementPartition(settlement.merchantId, shardOf(entry.transactionId)),
    g4sk: ledgerPosition(entry.createdAt, entry.transactionId),
  };
}

function settlementFromItem(item: Record<string, unknown>): EntrySettlement | null {
  if (item.sm === undefined) return null;
  const side = item.ss === 'i' ? 'issued' : 'honoured';
  return { merchantId: item.sm as string, side, points: item.sp as number, ratePerThousand: item.sr as number };
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
  };
}
