import {
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DEFAULT_PROGRAM, DEFAULT_TIERS } from '../../domain/program.js';
import { rulesPage } from '../../domain/rules-page.js';
import type { Clock } from '../../ports/clock.js';
import type { ConfigStore } from '../../ports/config-store.js';
import type { GameStore } from '../../ports/game-store.js';
import type { RulesVersions, StoredRulesVersion } from '../../ports/rules-versions.js';
import { batchGetItems } from './batch-get.js';
import { call, type TableRef } from './client.js';
import { readVersionCopy, versionRaise, type VersionCopy } from './config-version.js';
import { keys as tableKeys } from './keys.js';
import { queryAll } from './query-all.js';
import type { NextVersion, PageSource } from './version-writer.js';

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

/** Version 0, before the first configuration write: the defaults, and nothing configured (it has no page). */
const BEFORE_ANY_WRITE: PageSource = {
  program: DEFAULT_PROGRAM,
  tiers: DEFAULT_TIERS,
  merchants: new Map(),
  rewards: new Map(),
  promotions: [],
  games: [],
};

/** What a version's page is built from, read at that version (the configuration and the games). */
export type RulesSourceAt = (version: number) => Promise<PageSource>;

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
  /**
   * The version this container's last configuration write made, with its page
   * source derived from the one it sealed and what it changed: exact, since
   * that write committed only at the version whose source it had.
   */
  private derived: { version: number; effectiveFrom: string; source: PageSource } | undefined;

  constructor(
    private readonly table: TableRef,
    private readonly clock: Clock,
    private readonly sourceAt: RulesSourceAt,
  ) {}

  /**
   * What a configuration write adds to its transaction to make the next
   * version: the raise of every version copy (conditional on the version it
   * expects, so a concurrent write cancels it), the new version's items, and
   * the page of the version it supersedes if no one has stored it yet. The
   * transaction commits only if the version has not moved, so that page is
   * exactly its version's. Its source is the one this container derived from
   * its own last write when it made the current version (no read at all),
   * else the configuration read as it still is.
   */
  async nextVersion(): Promise<NextVersion> {
    const now = this.clock.now();
    const { current, items, source } = await this.sealCurrent(now);
    const next = { version: current.version + 1, effectiveFrom: effectiveFromAfter(now, current.effectiveFrom) };
    return {
      items: [
        ...versionRaise(this.table.tableName, current.version, next.effectiveFrom),
        this.put({ ...keys.rulesVersion(next.version), ...next }, 'attribute_not_exists(pk)'),
        this.put({ ...keys.rulesFrom(next.effectiveFrom, next.version), version: next.version }),
        ...items,
      ],
      committed: (change = (unchanged) => unchanged) => {
        if (source !== null && (this.derived === undefined || this.derived.version < next.version))
          this.derived = { ...next, source: change(source) };
      },
    };
  }

  /** The current version, and its page to store if none is yet, with what the page was built from (null: not built). */
  private async sealCurrent(
    now: Date,
  ): Promise<{ current: VersionCopy; items: TransactWriteItem[]; source: PageSource | null }> {
    const derived = this.derived;
    // Taken, not shared: a write that fails, or one made beside it, reads afresh.
    this.derived = undefined;
    if (derived) {
      const current = { version: derived.version, effectiveFrom: derived.effectiveFrom };
      return { current, items: this.pageWrites(current, this.pageOf(derived.source, current)), source: derived.source };
    }
    const current = await readVersionCopy(this.table, 0);
    if (current.version === 0) return { current, items: [], source: BEFORE_ANY_WRITE };
    return { current, ...(await this.sealIfOpen(current, now)) };
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

  /** The page of `current` and what it was built from, to be stored with the write that supersedes it, unless it is stored already. */
  private async sealIfOpen(
    current: VersionCopy,
    now: Date,
  ): Promise<{ items: TransactWriteItem[]; source: PageSource | null }> {
    const [main] = await batchGetItems(this.table, [keys.rulesVersion(current.version)]);
    if (main?.page !== undefined) return { items: [], source: null };
    // A version made before versions were kept has no item: it counts from now, the first moment it is known to be in force.
    const effectiveFrom = (main?.effectiveFrom as string | undefined) ?? current.effectiveFrom ?? now.toISOString();
    const source = await this.sourceAt(current.version);
    const version = { version: current.version, effectiveFrom };
    return {
      items: [
        ...this.pageWrites(version, this.pageOf(source, version)),
        ...(main ? [] : [this.put({ ...keys.rulesFrom(effectiveFrom, current.version), version: current.version })]),
      ],
      source,
    };
  }

  /** The page of a version as answered when it took effect. */
  private pageOf(source: PageSource, version: { version: number; effectiveFrom: string }): string {
    return JSON.stringify(rulesPage({ ...source, ...version }, new Date(version.effectiveFrom)));
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
