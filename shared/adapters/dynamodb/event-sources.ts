import { createHash } from 'node:crypto';
import type { TransactionType } from '../../domain/ledger.js';
import type { EventType, WebhookEvent } from '../../domain/webhooks.js';
import { flagFromItem } from './flag-codec.js';
import { transferView, type TransferStatus } from '../../domain/transfers.js';
import { FLAG_SK_PREFIX } from './keys.js';
import { transferFromItem } from './transfer-item.js';

/** One committed change, as the table's stream (NEW_AND_OLD_IMAGES) reports it, unmarshalled. */
export interface CommittedChange {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  keys: { pk: string; sk: string };
  newImage: Record<string, unknown> | null;
  oldImage: Record<string, unknown> | null;
}

/** Which stream records may carry an event: the fan-out's event-source filter on AWS is made from these. */
export interface StreamRecordKind {
  eventName: 'INSERT' | 'MODIFY';
  sk: string | { prefix: string };
  /** Ledger entries only: the entry's `type`. */
  entryType?: TransactionType;
}

/** A row of the event table: which committed record kind is which event type, and how its merchant is found. */
export interface EventSource {
  type: EventType;
  record: StreamRecordKind;
  /** Beyond the record's kind, whether this change is the event (a member item changes on every movement; its tier seldom). */
  happened?: (change: CommittedChange) => boolean;
  /** The merchant whose key made the change (merchant-scoped endpoints hear only theirs); null for the program's own. */
  merchantOf: (image: Record<string, unknown>) => string | null;
  /** What makes the event id: the same for every retry of the stream record, distinct per event. */
  idSeed: (image: Record<string, unknown>) => string;
  at: (image: Record<string, unknown>) => string;
  data: (change: CommittedChange) => unknown;
}

/** `own` is the posting merchant, or `admin` / `system` for the operator and the scheduled jobs. */
function postingMerchant(entry: Record<string, unknown>): string | null {
  const owner = entry.own as string | undefined;
  return owner === undefined || owner === 'admin' || owner === 'system' ? null : owner;
}

/** A ledger entry's event: its data is the answer the API gave when it was posted (kept on the entry). */
function entrySource(entryType: TransactionType, type: EventType): EventSource {
  return {
    type,
    record: { eventName: 'INSERT', sk: 'TX', entryType },
    merchantOf: postingMerchant,
    idSeed: (entry) => entry.txId as string,
    at: (entry) => entry.at as string,
    data: (change) => JSON.parse(change.newImage!.body as string),
  };
}

const memberId = (image: Record<string, unknown>) => (image.pk as string).slice('MEMBER#'.length);

/**
 * A transfer's event: its data is the transfer as its answers show it, and it
 * goes to the partner's endpoints (the partner learns of a new transfer by
 * `transfer.requested`). An ended transfer is the MODIFY that left `pending`.
 */
function transferSource(type: EventType, status: TransferStatus): EventSource {
  const isRequest = status === 'pending';
  return {
    type,
    record: { eventName: isRequest ? 'INSERT' : 'MODIFY', sk: 'TRANSFER' },
    ...(!isRequest && {
      happened: (change: CommittedChange) =>
        change.oldImage !== null &&
        transferFromItem(change.oldImage).status === 'pending' &&
        transferFromItem(change.newImage!).status === status,
    }),
    merchantOf: (item) => transferFromItem(item).partnerId,
    idSeed: (item) => `${transferFromItem(item).transferId}|${status}`,
    at: (item) => {
      const transfer = transferFromItem(item);
      return isRequest ? transfer.createdAt : transfer.endedAt!;
    },
    data: (change) => transferView(transferFromItem(change.newImage!)),
  };
}

/**
 * The event table: one row per committed record kind. An event type may have
 * several rows (an earn, a task and a bonus all earn points); a kind with no
 * row sends nothing (adjustments, game plays, a transfer's own entries: its
 * events come from the transfer item).
 */
export const EVENT_SOURCES: readonly EventSource[] = [
  entrySource('earn', 'points.earned'),
  entrySource('task', 'points.earned'),
  entrySource('bonus', 'points.earned'),
  entrySource('redemption', 'points.redeemed'),
  entrySource('reversal', 'points.reversed'),
  entrySource('expiry', 'points.expired'),
  transferSource('transfer.requested', 'pending'),
  transferSource('transfer.confirmed', 'confirmed'),
  transferSource('transfer.rejected', 'rejected'),
  transferSource('transfer.expired', 'expired'),
  {
    type: 'member.tier_changed',
    record: { eventName: 'MODIFY', sk: 'MEMBER' },
    happened: (change) => change.oldImage?.tier !== change.newImage?.tier,
    merchantOf: () => null,
    idSeed: (member) => `${memberId(member)}|${member.tier as string}|${member.tierSince as string}`,
    at: (member) => member.tierSince as string,
    data: (change) => ({
      memberId: memberId(change.newImage!),
      fromTier: change.oldImage!.tier,
      toTier: change.newImage!.tier,
      at: change.newImage!.tierSince,
    }),
  },
  {
    type: 'flag.opened',
    record: { eventName: 'INSERT', sk: { prefix: FLAG_SK_PREFIX } },
    merchantOf: () => null,
    idSeed: (flag) => flagFromItem(flag).flagId,
    at: (flag) => flagFromItem(flag).createdAt,
    data: (change) => flagFromItem(change.newImage!),
  },
];

function recordMatches(kind: StreamRecordKind, change: CommittedChange): boolean {
  if (change.eventName !== kind.eventName || !change.newImage) return false;
  const sk = change.keys.sk;
  if (typeof kind.sk === 'string' ? sk !== kind.sk : !sk.startsWith(kind.sk.prefix)) return false;
  return kind.entryType === undefined || change.newImage.type === kind.entryType;
}

/** A stable event id: the same change always gets the same id, on every retry and replay. */
export function eventIdOf(seed: string, type: EventType): string {
  return `evt_${createHash('sha256').update(`${seed}|${type}`).digest('hex').slice(0, 32)}`;
}

/** The events one committed change makes (none for most changes). */
export function eventsOf(change: CommittedChange, sources: readonly EventSource[] = EVENT_SOURCES): WebhookEvent[] {
  return sources
    .filter((source) => recordMatches(source.record, change) && (source.happened?.(change) ?? true))
    .map((source) => ({
      eventId: eventIdOf(source.idSeed(change.newImage!), source.type),
      type: source.type,
      at: source.at(change.newImage!),
      merchantId: source.merchantOf(change.newImage!),
      data: source.data(change),
    }));
}

/**
 * The event-source mapping's filter patterns (Lambda event filtering), one per
 * record kind and key, so only records that can be events invoke the fan-out.
 */
export function streamFilterPatterns(sources: readonly EventSource[] = EVENT_SOURCES): Record<string, unknown>[] {
  const groups = new Map<string, { kind: StreamRecordKind; entryTypes: Set<string> }>();
  for (const { record } of sources) {
    const key = JSON.stringify([record.eventName, record.sk]);
    const group = groups.get(key) ?? { kind: record, entryTypes: new Set<string>() };
    if (record.entryType) group.entryTypes.add(record.entryType);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ kind, entryTypes }) => ({
    eventName: [kind.eventName],
    dynamodb: {
      Keys: { sk: { S: [kind.sk] } },
      ...(entryTypes.size > 0 && { NewImage: { type: { S: [...entryTypes].sort() } } }),
    },
  }));
}
