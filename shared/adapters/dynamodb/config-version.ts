import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { batchGetItems } from './batch-get.js';
import type { TableRef } from './client.js';
import { TemporarilyUnavailableError } from '../../domain/errors.js';
import { CONFIG_VERSION_COPIES, keys } from './keys.js';

/**
 * How long a container trusts the version it read before reading a copy
 * again: whatever its request rate, a container reads the version at most
 * once a second, and a change made elsewhere reaches it within that second
 * (docs/api.md states the bound; docs/capacity.md why).
 */
export const RECENT_VERSION_MS = 1_000;

/** The rules version a copy holds and when it took effect (null before the first configuration write). */
export interface VersionCopy {
  version: number;
  effectiveFrom: string | null;
}

/**
 * Raises every copy of the configuration version from `expected` to the next
 * and records when it took effect: written in the transaction of each change
 * that a container's kept copy holds (the configuration, the games), so
 * whichever copy a request reads tells it the copy is out of date. The first
 * copy expects the version the writer read, so two writes never make the same
 * version (the loser is cancelled, writes nothing and tries again).
 */
export function versionRaise(tableName: string, expected: number, effectiveFrom: string): TransactWriteItem[] {
  return Array.from({ length: CONFIG_VERSION_COPIES }, (_, copy) => ({
    Update: {
      TableName: tableName,
      Key: marshall(keys.configVersion(copy)),
      UpdateExpression: 'SET #v = :next, #at = :at',
      ...(copy === 0 && { ConditionExpression: expected === 0 ? 'attribute_not_exists(#v)' : '#v = :expected' }),
      ExpressionAttributeNames: { '#v': 'v', '#at': 'at' },
      ExpressionAttributeValues: marshall({
        ':next': expected + 1,
        ':at': effectiveFrom,
        ...(copy === 0 && expected !== 0 && { ':expected': expected }),
      }),
    },
  }));
}

/** The version as one copy holds it (0 before the first configuration write), strongly consistent. */
export async function readVersionCopy(table: TableRef, copy: number): Promise<VersionCopy> {
  const [item] = await batchGetItems(table, [keys.configVersion(copy)]);
  return { version: (item?.v as number | undefined) ?? 0, effectiveFrom: (item?.at as string | undefined) ?? null };
}

/** Any copy will do (they are raised together); a random one spreads these reads too. */
export function readAnyVersionCopy(table: TableRef): Promise<VersionCopy> {
  return readVersionCopy(table, Math.floor(Math.random() * CONFIG_VERSION_COPIES));
}

/** A read of configuration items that gave up: the version kept moving under it. */
const EXACT_READ_TRIES = 5;

/**
 * `read` as of exactly one configuration version: a copy read after `read`
 * that still holds the version known before it proves no configuration write
 * committed in between (a copy is raised in the write's own transaction, and a
 * strongly consistent read of it is serializable with that transaction), so
 * the value is that version's and the version is the honest one to record.
 */
export async function readAtOneVersion<T>(
  table: TableRef,
  before: VersionCopy,
  read: () => Promise<T>,
): Promise<{ value: T; at: VersionCopy }> {
  let known = before;
  for (let tries = 0; tries < EXACT_READ_TRIES; tries++) {
    const value = await read();
    const after = await readAnyVersionCopy(table);
    if (after.version === known.version) return { value, at: after };
    known = after;
  }
  throw new TemporarilyUnavailableError({ cause: new Error('configuration version kept moving') });
}

/**
 * The configuration version as a container knows it, shared by its stores:
 * read from a random copy at most every `RECENT_VERSION_MS`, and forgotten
 * when this container writes the configuration, so its own change applies to
 * its very next request.
 */
export class RecentVersion {
  /** The last read and when it was made (ms since the epoch, by the caller's clock). */
  private recent: { at: number; version: Promise<VersionCopy> } | undefined;

  constructor(private readonly table: TableRef) {}

  read(now: Date): Promise<VersionCopy> {
    const at = now.getTime();
    const recent = this.recent;
    if (recent !== undefined && at >= recent.at && at - recent.at < RECENT_VERSION_MS) return recent.version;
    const read = { at, version: readAnyVersionCopy(this.table) };
    this.recent = read;
    read.version.catch(() => {
      if (this.recent === read) this.recent = undefined;
    });
    return read.version;
  }

  forget(): void {
    this.recent = undefined;
  }
}

/**
 * A value read from the table and kept by this container while it was read at
 * a configuration version at least as new as the one asked for: it was read
 * after that version was, so it is at least as new as a request that knew it
 * needs. A failed read is forgotten.
 */
export class KeptByVersion<T> {
  private kept: { version: number; value: Promise<T> } | undefined;

  constructor(private readonly read: (version: number) => Promise<T>) {}

  at(version: number): Promise<T> {
    if (this.kept !== undefined && this.kept.version >= version) return this.kept.value;
    const kept = { version, value: this.read(version) };
    this.kept = kept;
    kept.value.catch(() => {
      if (this.kept === kept) this.kept = undefined;
    });
    return kept.value;
  }
}
