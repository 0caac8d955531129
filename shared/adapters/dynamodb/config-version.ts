import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { batchGetItems } from './batch-get.js';
import type { TableRef } from './client.js';
import { CONFIG_VERSION_COPIES, keys } from './keys.js';

/**
 * How long a container trusts the version it read before reading a copy
 * again: whatever its request rate, a container reads the version at most
 * once a second, and a change made elsewhere reaches it within that second
 * (docs/api.md states the bound; docs/capacity.md why).
 */
export const RECENT_VERSION_MS = 1_000;

/**
 * Raises every copy of the configuration version: written in the transaction
 * of each change that a container's kept copy holds (the configuration, the
 * games), so whichever copy a request reads tells it the copy is out of date.
 */
export function versionRaise(tableName: string): TransactWriteItem[] {
  return Array.from({ length: CONFIG_VERSION_COPIES }, (_, copy) => ({
    Update: {
      TableName: tableName,
      Key: marshall(keys.configVersion(copy)),
      UpdateExpression: 'ADD #v :one',
      ExpressionAttributeNames: { '#v': 'v' },
      ExpressionAttributeValues: marshall({ ':one': 1 }),
    },
  }));
}

/** The version as one copy holds it (0 before the first configuration write), strongly consistent. */
export async function readVersionCopy(table: TableRef, copy: number): Promise<number> {
  const [item] = await batchGetItems(table, [keys.configVersion(copy)]);
  return (item?.v as number | undefined) ?? 0;
}

/**
 * The configuration version as a container knows it, shared by its stores:
 * read from a random copy at most every `RECENT_VERSION_MS`, and forgotten
 * when this container writes the configuration, so its own change applies to
 * its very next request.
 */
export class RecentVersion {
  /** The last read and when it was made (ms since the epoch, by the caller's clock). */
  private recent: { at: number; version: Promise<number> } | undefined;

  constructor(private readonly table: TableRef) {}

  read(now: Date): Promise<number> {
    const at = now.getTime();
    const recent = this.recent;
    if (recent !== undefined && at >= recent.at && at - recent.at < RECENT_VERSION_MS) return recent.version;
    // Any copy will do (they are raised together); a random one spreads these reads too.
    const read = { at, version: readVersionCopy(this.table, Math.floor(Math.random() * CONFIG_VERSION_COPIES)) };
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

  constructor(private readonly read: () => Promise<T>) {}

  at(version: number): Promise<T> {
    if (this.kept !== undefined && this.kept.version >= version) return this.kept.value;
    const kept = { version, value: this.read() };
    this.kept = kept;
    kept.value.catch(() => {
      if (this.kept === kept) this.kept = undefined;
    });
    return kept.value;
  }
}
