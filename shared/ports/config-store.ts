import type { AuditRecord } from '../domain/audit.js';
import type { PromotionStatus } from '../domain/promotions.js';
import type { Merchant, Program, Promotion, Reward, Tier } from '../domain/program.js';
import type { Badge, BadgeSet, Task } from '../domain/tasks.js';
import type { Page } from './member-store.js';

/** The program configuration a request needs, read in one round trip. A kept copy is shared by a container's requests: read it, never change it. */
export interface ConfigSnapshot {
  /** The configuration version it was read at, exactly: what an entry priced with it records as its `rulesVersion`. */
  version: number;
  /** When that version took effect (null: the version before the first configuration write, or one made before versions were kept). */
  effectiveFrom: string | null;
  program: Program;
  tiers: Tier[];
  merchants: ReadonlyMap<string, Merchant>;
  rewards: ReadonlyMap<string, Reward>;
  promotions: Promotion[];
  /** Badges earned by spending at a category: in the whole configuration (`atVersion`); `load` does not read them. */
  spendingBadges: Badge[];
}

/** What a request's configuration read fetches besides the program and tiers. */
export interface ConfigWanted {
  merchantIds?: string[];
  rewardIds?: string[];
  promotions?: boolean;
}

export interface StoredPromotion extends Promotion {
  /** The status the promotions job last recorded (null before its first run). */
  recordedStatus: PromotionStatus | null;
}

export type Upsert = 'created' | 'updated';

/** Tasks, badges and badge sets: the engagement configuration, read whole (it is small). */
export interface EngagementConfig {
  tasks: Map<string, Task>;
  badges: Badge[];
  sets: BadgeSet[];
}

/** The kinds of configuration item the operator reads page by page. */
export interface ConfigItems {
  merchant: Merchant;
  reward: Reward;
  task: Task;
  badge: Badge;
  badgeSet: BadgeSet;
}
export type ConfigKind = keyof ConfigItems;

/**
 * Each write takes the audit line of the operator action it makes, if any, and
 * writes it in the same transaction, together with a raise of the configuration
 * version (which `atVersion` relies on).
 */
export interface ConfigStore {
  /** A fresh, strongly consistent read of the items `wanted`. */
  load(wanted: ConfigWanted): Promise<ConfigSnapshot>;
  /**
   * The whole configuration an earn or a redemption is priced with (program,
   * tiers, every merchant, reward and promotion, the spending badges), as of
   * configuration version `version` (read with the request): this container's
   * copy while it was read at that version, otherwise read afresh and kept.
   */
  atVersion(version: number): Promise<ConfigSnapshot>;
  /**
   * The configuration version as this container last read it, read again
   * from one version copy when that read is a second old by `now`, or this
   * container has written the configuration since: a change made elsewhere
   * reaches every reader within a second (docs/api.md).
   */
  recentVersion(now: Date): Promise<number>;
  putProgram(program: Program, audit?: AuditRecord): Promise<void>;
  putTiers(tiers: Tier[], audit?: AuditRecord): Promise<void>;
  putMerchant(merchant: Merchant, audit?: AuditRecord): Promise<Upsert>;
  listMerchants(): Promise<Merchant[]>;
  /** Saves a reward; a stock change keeps what was already sold. Returns the stored reward. */
  putReward(
    reward: Omit<Reward, 'publishedAt'>,
    now: string,
    audit?: AuditRecord,
  ): Promise<{ upsert: Upsert; reward: Reward }>;
  listRewards(): Promise<Reward[]>;
  /** Stock remaining per limited reward id (negative when the operator lowered it below what was sold). */
  stockLeft(rewardIds: string[]): Promise<Map<string, number>>;
  putPromotion(promotion: Promotion, audit?: AuditRecord): Promise<Upsert>;
  listPromotions(): Promise<StoredPromotion[]>;
  putTask(task: Task, audit?: AuditRecord): Promise<Upsert>;
  putBadge(badge: Badge, audit?: AuditRecord): Promise<Upsert>;
  putBadgeSet(set: BadgeSet, audit?: AuditRecord): Promise<Upsert>;
  /** A fresh, strongly consistent read of tasks, badges and badge sets. */
  engagement(): Promise<EngagementConfig>;
  /** The same, kept by this container while it was read at `version` or later (as `atVersion`). */
  engagementAt(version: number): Promise<EngagementConfig>;
  badgeSets(): Promise<BadgeSet[]>;
  /** One page of the items of a kind, in id order (strongly consistent); the cursor is the one the previous page handed out. */
  listPage<K extends ConfigKind>(
    kind: K,
    page: { limit: number; cursor: string | null },
  ): Promise<Page<ConfigItems[K]>>;
  /** Records a status transition once: false when another run already recorded it. */
  recordPromotionStatus(
    promotionId: string,
    from: PromotionStatus | null,
    to: PromotionStatus,
    at: string,
  ): Promise<boolean>;
}
