import { UpdateItemCommand, type TransactWriteItem, type Update } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import { TemporarilyUnavailableError } from '../../domain/errors.js';
import type { PromotionStatus } from '../../domain/promotions.js';
import {
  DEFAULT_PROGRAM,
  DEFAULT_TIERS,
  type Merchant,
  type Program,
  type Promotion,
  type Reward,
  type Tier,
} from '../../domain/program.js';
import type { Badge, BadgeSet, Task } from '../../domain/tasks.js';
import type {
  ConfigItems,
  ConfigKind,
  ConfigSnapshot,
  ConfigStore,
  ConfigWanted,
  EngagementConfig,
  StoredPromotion,
  Upsert,
} from '../../ports/config-store.js';
import type { Page } from '../../ports/member-store.js';
import { asStored } from './as-stored.js';
import { batchGetItems, type ItemKey } from './batch-get.js';
import { isConditionFailure, translateError, type TableRef } from './client.js';
import { queryConfigPage } from './config-pages.js';
import {
  KeptByVersion,
  readAnyVersionCopy,
  readAtOneVersion,
  type RecentVersion,
  type VersionCopy,
} from './config-version.js';
import type { PageSourceChange, VersionWriter } from './version-writer.js';
import { CONFIG_PARTITION, keys, SK_PREFIX } from './keys.js';
import { queryAll } from './query-all.js';
import { writeItems } from './write-items.js';

/** The spending-badges item holds each badge as an attribute of this prefix and the badge's id. */
const SPENDING_BADGE_PREFIX = 'b_';
type Item = Record<string, unknown>;

/** Absent, then present, then (a reward) published: a concurrent writer can move an item on at most twice. */
const UPSERT_TRIES = 3;
/**
 * Every configuration write expects the version it read and raises it, so of
 * writes at once one commits and the others (cancelled, nothing written) try
 * again on the next version: a burst of n simultaneous writes takes n rounds.
 */
const CONFLICT_TRIES = 10;

/** Operator configuration lives in one small partition; each reward's stock in an item of its own. */
export class DynamoConfigStore implements ConfigStore {
  /** This container's copy of the whole configuration (program, tiers, merchants, rewards, promotions, spending badges). */
  private readonly kept = new KeptByVersion(async (version) => {
    // Read at exactly one version (the one asked for or a later one), so an entry priced with it records the version that priced it.
    const { value, at } = await readAtOneVersion(this.table, { version, effectiveFrom: null }, () =>
      Promise.all([
        batchGetItems(this.table, [keys.program(), keys.tiers(), keys.spendingBadges()]),
        this.queryConfig(SK_PREFIX.merchant),
        this.queryConfig(SK_PREFIX.reward),
        this.queryConfig(SK_PREFIX.promotion),
      ]),
    );
    const [items, merchants, rewards, promotions] = value;
    return snapshotOf([...items, ...merchants, ...rewards], promotions, at);
  });
  /** This container's copy of tasks, badges and badge sets. */
  private readonly keptEngagement = new KeptByVersion(() => this.engagement());

  constructor(
    private readonly table: TableRef,
    private readonly recent: RecentVersion,
    private readonly versions: VersionWriter,
  ) {}

  async load(wanted: ConfigWanted): Promise<ConfigSnapshot> {
    const wantedKeys = [
      keys.program(),
      keys.tiers(),
      ...(wanted.merchantIds ?? []).map(keys.merchant),
      ...(wanted.rewardIds ?? []).map(keys.reward),
    ];
    const { value, at } = await readAtOneVersion(this.table, await readAnyVersionCopy(this.table), () =>
      Promise.all([
        batchGetItems(this.table, wantedKeys),
        wanted.promotions ? this.queryConfig(SK_PREFIX.promotion) : Promise.resolve([]),
      ]),
    );
    return snapshotOf(value[0], value[1], at);
  }

  /** Read strongly consistent after the version was: a copy read at `version` or later serves (`KeptByVersion`). */
  atVersion(version: number): Promise<ConfigSnapshot> {
    return this.kept.at(version);
  }

  async recentVersion(now: Date): Promise<number> {
    return (await this.recent.read(now)).version;
  }

  async putProgram(program: Program, audit?: AuditRecord): Promise<void> {
    await this.putData(keys.program(), program, audit, (source) => ({
      ...source,
      program: programFrom(asStored(program)),
    }));
  }

  async putTiers(tiers: Tier[], audit?: AuditRecord): Promise<void> {
    await this.putData(keys.tiers(), tiers, audit, (source) => ({ ...source, tiers: asStored(tiers) }));
  }

  async putMerchant(merchant: Merchant, audit?: AuditRecord): Promise<Upsert> {
    return this.putData(keys.merchant(merchant.merchantId), merchant, audit, (source) => ({
      ...source,
      merchants: new Map(source.merchants).set(merchant.merchantId, asStored(merchant)),
    }));
  }

  async listMerchants(): Promise<Merchant[]> {
    return (await this.queryConfig(SK_PREFIX.merchant)).map((item) => item.data as Merchant);
  }

  async putReward(
    reward: Omit<Reward, 'publishedAt'>,
    now: string,
    audit?: AuditRecord,
  ): Promise<{ upsert: Upsert; reward: Reward }> {
    // The priority window runs from the first publication, so publishedAt is set once; the stock is saved with the reward.
    const stock = reward.stock === null ? [] : [this.stockUpdate(reward.rewardId, reward.stock)];
    const existing = await this.upsert(
      keys.reward(reward.rewardId),
      (found) => ({
        UpdateExpression: reward.active
          ? 'SET #data = :data, publishedAt = if_not_exists(publishedAt, :now)'
          : 'SET #data = :data',
        // Expecting the publication as found, so the answer's publishedAt is the stored one.
        ConditionExpression: !found
          ? 'attribute_not_exists(pk)'
          : found.publishedAt
            ? 'attribute_exists(pk)'
            : 'attribute_exists(pk) AND attribute_not_exists(publishedAt)',
        ExpressionAttributeNames: { '#data': 'data' },
        ExpressionAttributeValues: marshall(
          { ':data': reward, ...(reward.active && { ':now': now }) },
          { removeUndefinedValues: true },
        ),
      }),
      stock,
      audit,
      (found) => (source) => ({
        ...source,
        rewards: new Map(source.rewards).set(
          reward.rewardId,
          rewardFrom({ data: asStored(reward), publishedAt: found?.publishedAt ?? (reward.active ? now : undefined) }),
        ),
      }),
    );
    const publishedAt = (existing?.publishedAt as string | undefined) ?? (reward.active ? now : null);
    return { upsert: existing ? 'updated' : 'created', reward: { ...reward, publishedAt } };
  }

  async listRewards(): Promise<Reward[]> {
    return (await this.queryConfig(SK_PREFIX.reward)).map(rewardFrom);
  }

  async stockLeft(rewardIds: string[]): Promise<Map<string, number>> {
    const items = await batchGetItems(this.table, rewardIds.map(keys.stock));
    return new Map(items.map((item) => [(item.pk as string).slice('STOCK#'.length), item.left as number]));
  }

  async putPromotion(promotion: Promotion, audit?: AuditRecord): Promise<Upsert> {
    return this.putData(keys.promotion(promotion.promotionId), promotion, audit, (source) => ({
      ...source,
      // In the order a read of the partition gives them (by sort key), which the page keeps for equal start times.
      promotions: [
        ...source.promotions.filter((kept) => kept.promotionId !== promotion.promotionId),
        asStored(promotion),
      ].sort((a, b) => (a.promotionId < b.promotionId ? -1 : 1)),
    }));
  }

  async listPromotions(): Promise<StoredPromotion[]> {
    return (await this.queryConfig(SK_PREFIX.promotion)).map((item) => ({
      ...(item.data as Promotion),
      recordedStatus: (item.recordedStatus as PromotionStatus | undefined) ?? null,
    }));
  }

  putTask(task: Task, audit?: AuditRecord): Promise<Upsert> {
    return this.putData(keys.task(task.taskId), task, audit);
  }

  /**
   * A badge, and with it the program's list of spending badges (one attribute
   * per badge in one item), so that an earn finds them in the configuration
   * read it makes anyway instead of querying every badge.
   */
  putBadge(badge: Badge, audit?: AuditRecord): Promise<Upsert> {
    const attribute = { '#badge': `${SPENDING_BADGE_PREFIX}${badge.badgeId}` };
    const spending: TransactWriteItem = {
      Update: {
        TableName: this.table.tableName,
        Key: marshall(keys.spendingBadges()),
        ...('earns' in badge
          ? {
              UpdateExpression: 'SET #badge = :badge',
              ExpressionAttributeNames: attribute,
              ExpressionAttributeValues: marshall({ ':badge': badge }),
            }
          : { UpdateExpression: 'REMOVE #badge', ExpressionAttributeNames: attribute }),
      },
    };
    return this.putData(keys.badge(badge.badgeId), badge, audit, undefined, [spending]);
  }

  putBadgeSet(set: BadgeSet, audit?: AuditRecord): Promise<Upsert> {
    return this.putData(keys.badgeSet(set.setId), set, audit);
  }

  async engagement(): Promise<EngagementConfig> {
    const [tasks, badges, sets] = await Promise.all([
      this.queryConfig(SK_PREFIX.task),
      this.queryConfig(SK_PREFIX.badge),
      this.badgeSets(),
    ]);
    return {
      tasks: new Map(tasks.map((item) => [(item.data as Task).taskId, item.data as Task])),
      badges: badges.map((item) => item.data as Badge),
      sets,
    };
  }

  engagementAt(version: number): Promise<EngagementConfig> {
    return this.keptEngagement.at(version);
  }

  async badgeSets(): Promise<BadgeSet[]> {
    return (await this.queryConfig(SK_PREFIX.badgeSet)).map((item) => item.data as BadgeSet);
  }

  async listPage<K extends ConfigKind>(
    kind: K,
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ConfigItems[K]>> {
    const { items, nextCursor } = await queryConfigPage(this.table, SK_PREFIX[kind], page);
    return {
      items: items.map((item) => (kind === 'reward' ? rewardFrom(item) : item.data) as ConfigItems[K]),
      nextCursor,
    };
  }

  /**
   * Raises no configuration version: whether a promotion is in force is
   * computed from its dates on every request, and a kept copy of the
   * configuration holds no recorded status.
   */
  async recordPromotionStatus(
    promotionId: string,
    from: PromotionStatus | null,
    to: PromotionStatus,
    at: string,
  ): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.promotion(promotionId)),
          UpdateExpression:
            'SET recordedStatus = :to, transitions = list_append(if_not_exists(transitions, :none), :transition)',
          ConditionExpression:
            from === null ? 'attribute_exists(pk) AND attribute_not_exists(recordedStatus)' : 'recordedStatus = :from',
          ExpressionAttributeValues: marshall({
            ':to': to,
            ':none': [],
            ':transition': [{ from, to, at }],
            ...(from !== null && { ':from': from }),
          }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      return translateError(error, 'write');
    }
  }

  /** Sets the total stock; what was already sold stays sold. */
  private stockUpdate(rewardId: string, total: number): TransactWriteItem {
    return {
      Update: {
        TableName: this.table.tableName,
        Key: marshall(keys.stock(rewardId)),
        UpdateExpression:
          'SET #total = :total, #left = :total - if_not_exists(sold, :zero), sold = if_not_exists(sold, :zero)',
        ExpressionAttributeNames: { '#total': 'total', '#left': 'left' },
        ExpressionAttributeValues: marshall({ ':total': total, ':zero': 0 }),
      },
    };
  }

  /** Stores a configuration document; reports whether it was new. `change`: what it changes on the rules page's source, if anything. */
  private async putData(
    key: ItemKey,
    data: unknown,
    audit: AuditRecord | undefined,
    change?: PageSourceChange,
    alongside: TransactWriteItem[] = [],
  ): Promise<Upsert> {
    const existing = await this.upsert(
      key,
      (found) => ({
        UpdateExpression: 'SET #data = :data',
        ConditionExpression: found ? 'attribute_exists(pk)' : 'attribute_not_exists(pk)',
        ExpressionAttributeNames: { '#data': 'data' },
        ExpressionAttributeValues: marshall({ ':data': data }, { removeUndefinedValues: true }),
      }),
      alongside,
      audit,
      () => change,
    );
    return existing ? 'updated' : 'created';
  }

  /**
   * Writes a configuration item whether or not it exists, with `alongside`, the
   * raise of the configuration version and the audit line in the same write,
   * and returns the item as it was (null: created). Each try is conditional on
   * what it expects to find, so no read is needed: it first expects nothing,
   * and a refusal hands back the item as it is (ALL_OLD) for the next try.
   * Configuration items are never deleted, so a few tries settle it.
   */
  private async upsert(
    key: ItemKey,
    update: (found: Item | null) => Omit<Update, 'TableName' | 'Key'>,
    alongside: TransactWriteItem[],
    audit: AuditRecord | undefined,
    change: (found: Item | null) => PageSourceChange | undefined,
  ): Promise<Item | null> {
    let found: Item | null = null;
    let refusals = 0;
    let conflicts = 0;
    while (refusals < UPSERT_TRIES && conflicts < CONFLICT_TRIES) {
      const item = {
        TableName: this.table.tableName,
        Key: marshall(key),
        ...update(found),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      };
      const version = await this.versions.nextVersion();
      const outcome = await writeItems(this.table, [{ Update: item }, ...alongside, ...version.items], audit);
      if (outcome.kind === 'written') {
        version.committed(change(found));
        this.recent.forget();
        return found;
      }
      if (outcome.kind === 'conflict') {
        conflicts++;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * conflicts));
        continue;
      }
      refusals++;
      found = outcome.old ? unmarshall(outcome.old) : null;
    }
    throw new TemporarilyUnavailableError({
      cause: new Error(`configuration item ${key.sk} kept changing under ${refusals + conflicts} writes`),
    });
  }

  private queryConfig(prefix: string): Promise<Item[]> {
    return queryAll(this.table, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: marshall({ ':pk': CONFIG_PARTITION, ':prefix': prefix }),
      ConsistentRead: true,
    });
  }
}

/** The configuration in `items` (program, tiers, spending badges, merchants, rewards) and `promotions`. */
function snapshotOf(items: Item[], promotions: Item[], at: VersionCopy): ConfigSnapshot {
  const bySk = new Map(items.map((item) => [item.sk as string, item]));
  const merchants = new Map<string, Merchant>();
  const rewards = new Map<string, Reward>();
  for (const item of items) {
    const sk = item.sk as string;
    if (sk.startsWith(SK_PREFIX.merchant)) merchants.set(sk.slice(SK_PREFIX.merchant.length), item.data as Merchant);
    if (sk.startsWith(SK_PREFIX.reward)) rewards.set(sk.slice(SK_PREFIX.reward.length), rewardFrom(item));
  }
  return {
    version: at.version,
    effectiveFrom: at.effectiveFrom,
    program: programFrom(bySk.get('PROGRAM')?.data as Program | undefined),
    tiers: (bySk.get('TIERS')?.data as Tier[] | undefined) ?? DEFAULT_TIERS,
    merchants,
    rewards,
    promotions: promotions.map((item) => item.data as Promotion),
    spendingBadges: Object.entries(bySk.get(keys.spendingBadges().sk) ?? {})
      .filter(([name]) => name.startsWith(SPENDING_BADGE_PREFIX))
      .map(([, badge]) => badge as Badge),
  };
}

/** Fields added since the program was saved take their defaults. */
function programFrom(stored: Program | undefined): Program {
  return { ...DEFAULT_PROGRAM, ...stored };
}

function rewardFrom(item: Item): Reward {
  return {
    ...(item.data as Omit<Reward, 'publishedAt'>),
    publishedAt: (item.publishedAt as string | undefined) ?? null,
  };
}
