import {
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { gunzipSync, gzipSync } from 'node:zlib';
import { rulesPage, type RulesSource } from '../../domain/rules-page.js';
import type { Clock } from '../../ports/clock.js';
import type { ConfigStore } from '../../ports/config-store.js';
import type { GameStore } from '../../ports/game-store.js';
import type { RulesVersions, StoredRulesVersion } from '../../ports/rules-versions.js';
import { batchGetItems } from './batch-get.js';
import { call, type TableRef } from './client.js';
import { readVersionCopy, versionRaise, type VersionCopy } from './config-version.js';
import { keys as tableKeys } from './keys.js';
import { queryAll } from './query-all.js';

const RULES_PARTITION = 'RULES';
const RULES_FROM_PREFIX = 'T#';
/** Fixed width, so a version's prefix matches only its own items and versions sort in order. */
const versionDigits = (version: number) => String(version).padStart(12, '0');
const rulesVersionPrefix = (version: number) => `V#${versionDigits(version)}`;

/**
 * The rules partition's key layout (docs/architecture.md "Data model"), kept
 * here rather than in keys.ts so that only the functions wired with rules
 * versions carry it: a version's item holds when it took effect and the first
 * part of its page (gzip), `pagePart` the rest of a page too large for one
 * item; `from` indexes the versions by when they took effect.
 */
export const keys = {
  configVersion: tableKeys.configVersion,
  rulesVersion: (version: number) => ({ pk: RULES_PARTITION, sk: rulesVersionPrefix(version) }),
  rulesPagePart: (version: number, part: number) => ({
    pk: RULES_PARTITION,
    sk: `${rulesVersionPrefix(version)}#${part}`,
  }),
  rulesFrom: (effectiveFrom: string, version: number) => ({
    pk: RULES_PARTITION,
    sk: `${RULES_FROM_PREFIX}${effectiveFrom}#${versionDigits(version)}`,
  }),
};

/**
 * Bytes of gzipped page per item, well under DynamoDB's 400 KB item limit: a
 * larger page continues in further items of its version (a transaction's
 * 4 MB bounds a page at about 3.5 MB gzipped, some 30 MB of JSON).
 */
const PAGE_PART_BYTES = 350_000;

/** What a version's page is built from, read at that version (the configuration and the games). */
export type RulesSourceAt = (version: number) => Promise<Omit<RulesSource, 'version' | 'effectiveFrom'>>;

/** One millisecond after `previous` at the earliest, so versions take effect in the order they are numbered even across containers' clocks. */
function effectiveFromAfter(now: Date, previous: string | null): string {
  const earliest = previous === null ? 0 : Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), earliest)).toISOString();
}

/** Builds the rules versions of a table: the functions that write the configuration or read past rules pass it to their wiring. */
export type RulesVersionsFactory = (
  table: TableRef,
  clock: Clock,
  stores: { config: ConfigStore; games: GameStore },
) => DynamoRulesVersions;
// A version's page is built from the configuration and the games as they are at that version.
// The stores are read when a page is built, not before: they are wired after this.
export const rulesVersions: RulesVersionsFactory = (table, clock, stores) =>
  new DynamoRulesVersions(table, clock, async (version) => {
    const [snapshot, listed] = await Promise.all([stores.config.atVersion(version), stores.games.list(version)]);
    return { ...snapshot, games: listed };
  });

/**
 * The configuration versions in the rules partition (README "Data model"):
 * a version's item and, for `?asOf`, an index item whose sort key is when it
 * took effect. Neither is read by a movement or by the current rules page.
 */
export class DynamoRulesVersions implements RulesVersions {
  constructor(
    private readonly table: TableRef,
    private readonly clock: Clock,
    private readonly sourceAt: RulesSourceAt,
  ) {}

  /**
   * What a configuration write adds to its transaction to make the next
   * version: the raise of every version copy (conditional on the version read
   * here, so a concurrent write cancels it), the new version's items, and the
   * page of the version it supersedes if no one has stored it yet, built from
   * the configuration as it still is: the transaction commits only if the
   * version has not moved since, so that page is exactly its version's.
   */
  async nextVersion(): Promise<TransactWriteItem[]> {
    const now = this.clock.now();
    const current = await readVersionCopy(this.table, 0);
    const next = { version: current.version + 1, effectiveFrom: effectiveFromAfter(now, current.effectiveFrom) };
    return [
      ...versionRaise(this.table.tableName, current.version, next.effectiveFrom),
      this.put({ ...keys.rulesVersion(next.version), ...next }, 'attribute_not_exists(pk)'),
      this.put({ ...keys.rulesFrom(next.effectiveFrom, next.version), version: next.version }),
      ...(current.version === 0 ? [] : await this.sealIfOpen(current, now)),
    ];
  }

  async get(version: number): Promise<StoredRulesVersion | null> {
    const items = await queryAll(this.table, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: marshall({ ':pk': RULES_PARTITION, ':prefix': rulesVersionPrefix(version) }),
      ConsistentRead: true,
    });
    const main = items.find((item) => item.sk === rulesVersionPrefix(version));
    if (!main) return null;
    const parts = items
      .filter((item) => item !== main)
      .sort((a, b) => Number((a.sk as string).split('#')[2]) - Number((b.sk as string).split('#')[2]));
    const page =
      main.page === undefined
        ? null
        : gunzipSync(
            Buffer.concat([main.page as Uint8Array, ...parts.map((part) => part.page as Uint8Array)]),
          ).toString('utf8');
    return { version, effectiveFrom: main.effectiveFrom as string, page };
  }

  async versionAt(at: Date): Promise<number | null> {
    const [found] = await call(() =>
      this.table.client
        .send(
          new QueryCommand({
            TableName: this.table.tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
            // '~' sorts after the version digits, so a version that took effect exactly at `at` is included.
            ExpressionAttributeValues: marshall({
              ':pk': RULES_PARTITION,
              ':first': RULES_FROM_PREFIX,
              ':last': `${RULES_FROM_PREFIX}${at.toISOString()}#~`,
            }),
            ScanIndexForward: false,
            Limit: 1,
            ConsistentRead: true,
          }),
        )
        .then((result) => result.Items ?? []),
    );
    return found ? Number(found.version?.N) : null;
  }

  async storePage(version: number, page: string): Promise<string> {
    const [main] = await batchGetItems(this.table, [keys.rulesVersion(version)]);
    if (!main) throw new Error(`rules version ${version} has no item`);
    try {
      await call(
        () =>
          this.table.client.send(
            new TransactWriteItemsCommand({
              TransactItems: [
                ...this.pageWrites({ version, effectiveFrom: main.effectiveFrom as string }, page),
                // Still the current version: what the page was built from was read at it.
                {
                  ConditionCheck: {
                    TableName: this.table.tableName,
                    Key: marshall(keys.configVersion(0)),
                    ConditionExpression: '#v = :version',
                    ExpressionAttributeNames: { '#v': 'v' },
                    ExpressionAttributeValues: marshall({ ':version': version }),
                  },
                },
              ],
            }),
          ),
        'write',
      );
      return page;
    } catch (error) {
      if (
        !(error instanceof TransactionCanceledException) ||
        !error.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed')
      )
        throw error;
      // Stored by someone else first (its superseding write, or another reader): that page stays.
      const stored = await this.get(version);
      if (stored?.page == null) throw error;
      return stored.page;
    }
  }

  /** The page of `current`, to be stored with the write that supersedes it, unless it is stored already. */
  private async sealIfOpen(current: VersionCopy, now: Date): Promise<TransactWriteItem[]> {
    const [main] = await batchGetItems(this.table, [keys.rulesVersion(current.version)]);
    if (main?.page !== undefined) return [];
    // A version made before versions were kept has no item: it counts from now, the first moment it is known to be in force.
    const effectiveFrom = (main?.effectiveFrom as string | undefined) ?? current.effectiveFrom ?? now.toISOString();
    const source = await this.sourceAt(current.version);
    const page = JSON.stringify(
      rulesPage({ ...source, version: current.version, effectiveFrom }, new Date(effectiveFrom)),
    );
    return [
      ...this.pageWrites({ version: current.version, effectiveFrom }, page),
      ...(main ? [] : [this.put({ ...keys.rulesFrom(effectiveFrom, current.version), version: current.version })]),
    ];
  }

  /** The version's item with the first part of its gzipped page (only where none is stored), and the further parts. */
  private pageWrites(version: { version: number; effectiveFrom: string }, page: string): TransactWriteItem[] {
    const zipped = gzipSync(Buffer.from(page, 'utf8'));
    const parts: Uint8Array[] = [];
    for (let offset = 0; offset < zipped.length; offset += PAGE_PART_BYTES)
      parts.push(zipped.subarray(offset, offset + PAGE_PART_BYTES));
    return [
      this.put(
        { ...keys.rulesVersion(version.version), ...version, page: parts[0]!, parts: parts.length },
        'attribute_not_exists(page)',
      ),
      ...parts
        .slice(1)
        .map((part, index) => this.put({ ...keys.rulesPagePart(version.version, index + 1), page: part })),
    ];
  }

  private put(item: Record<string, unknown>, condition?: string): TransactWriteItem {
    return {
      Put: {
        TableName: this.table.tableName,
        Item: marshall(item),
        ...(condition && { ConditionExpression: condition }),
      },
    };
  }
}
