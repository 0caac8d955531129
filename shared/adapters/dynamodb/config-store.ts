import {
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { PromotionStatus } from '../../domain/promotions.js';
import { DEFAULT_PROGRAM, DEFAULT_TIERS, type Merchant, type Program, type Promotion, type Reward, type Tier } from '../../domain/program.js';
import type { ConfigSnapshot, ConfigStore, StoredPromotion, Upsert } from '../../ports/config-store.js';
import { call, isConditionFailure, translateError, type TableRef } from './client.js';
import { CONFIG_PARTITION, keys, SK_PREFIX } from './keys.js';

type Key = { pk: string; sk: string };
type Item = Record<string, unknown>;

/** Operator configuration lives in one small partition; each reward's stock in an item of its own. */
export class DynamoConfigStore implements ConfigStore {
  constructor(private readonly table: TableRef) {}

  async load(wanted: { merchantIds?: string[]; rewardIds?: string[]; promotions?: boolean }): Promise<ConfigSnapshot> {
    const wantedKeys = [
      keys.program(),
      keys.tiers(),
      ...(wanted.merchantIds ?? []).map(keys.merchant),
      ...(wanted.rewardIds ?? []).map(keys.reward),
    ];
    const [items, promotions] = await Promise.all([
      this.batchGet(wantedKeys),
      wanted.promotions ? this.queryConfig(SK_PREFIX.promotion) : Promise.resolve([]),
    ]);
    const bySk = new Map(items.map((item) => [item.sk as string, item]));
    const merchants = new Map<string, Merchant>();
    const rewards = new Map<string, Reward>();
    for (const item of items) {
      const sk = item.sk as string;
      if (sk.startsWith(SK_PREFIX.merchant)) merchants.set(sk.slice(SK_PREFIX.merchant.length), item.data as Merchant);
      if (sk.startsWith(SK_PREFIX.reward)) rewards.set(sk.slice(SK_PREFIX.reward.length), rewardFrom(item));
    }
    return {
      // Fields added since the program was saved take their defaults.
      program: { ...DEFAULT_PROGRAM, ...(bySk.get('PROGRAM')?.data as Program | undefined) },
      tiers: (bySk.get('TIERS')?.data as Tier[] | undefined) ?? DEFAULT_TIERS,
      merchants,
      rewards,
      promotions: promotions.map((item) => item.data as Promotion),
    };
  }

  async putProgram(program: Program): Promise<void> {
    await this.putData(keys.program(), program);
  }

  async putTiers(tiers: Tier[]): Promise<void> {
    await this.putData(keys.tiers(), tiers);
  }

  async putMerchant(merchant: Merchant): Promise<Upsert> {
    return this.putData(keys.merchant(merchant.merchantId), merchant);
  }

  async listMerchants(): Promise<Merchant[]> {
    return (await this.queryConfig(SK_PREFIX.merchant)).map((item) => item.data as Merchant);
  }

  async putReward(reward: Omit<Reward, 'publishedAt'>, now: string): Promise<{ upsert: Upsert; reward: Reward }> {
    const { Attributes } = await call(() =>
      this.table.client.send(
        new UpdateItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.reward(reward.rewardId)),
          // The priority window runs from the first publication, so publishedAt is set once.
          UpdateExpression: reward.active
            ? 'SET #data = :data, publishedAt = if_not_exists(publishedAt, :now)'
            : 'SET #data = :data',
          ExpressionAttributeNames: { '#data': 'data' },
          ExpressionAttributeValues: marshall({ ':data': reward, ...(reward.active && { ':now': now }) }, { removeUndefinedValues: true }),
          ReturnValues: 'ALL_OLD',
        }),
      ),
      'write',
    );
    if (reward.stock !== null) await this.setStock(reward.rewardId, reward.stock);
    const previousPublication = Attributes?.publishedAt?.S ?? null;
    const publishedAt = previousPublication ?? (reward.active ? now : null);
    return { upsert: Attributes ? 'updated' : 'created', reward: { ...reward, publishedAt } };
  }

  async listRewards(): Promise<Reward[]> {
    return (await this.queryConfig(SK_PREFIX.reward)).map(rewardFrom);
  }

  async stockLeft(rewardIds: string[]): Promise<Map<string, number>> {
    const items = await this.batchGet(rewardIds.map(keys.stock));
    return new Map(items.map((item) => [(item.pk as string).slice('STOCK#'.length), item.left as number]));
  }

  async putPromotion(promotion: Promotion): Promise<Upsert> {
    return this.putData(keys.promotion(promotion.promotionId), promotion);
  }

  async listPromotions(): Promise<StoredPromotion[]> {
    return (await this.queryConfig(SK_PREFIX.promotion)).map((item) => ({
      ...(item.data as Promotion),
      recordedStatus: (item.recordedStatus as PromotionStatus | undefined) ?? null,
    }));
  }

  async recordPromotionStatus(promotionId: string, from: PromotionStatus | null, to: PromotionStatus, at: string): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.promotion(promotionId)),
          UpdateExpression: 'SET recordedStatus = :to, transitions = list_append(if_not_exists(transitions, :none), :transition)',
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
  private async setStock(rewardId: string, total: number): Promise<void> {
    const key = marshall(keys.stock(rewardId));
    await call(() =>
      this.table.client
        .send(
          new PutItemCommand({
            TableName: this.table.tableName,
            Item: { ...key, ...marshall({ total: 0, sold: 0, left: 0 }) },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) throw error;
        }),
      'write',
    );
    await call(() =>
      this.table.client.send(
        new UpdateItemCommand({
          TableName: this.table.tableName,
          Key: key,
          UpdateExpression: 'SET #total = :total, #left = :total - sold',
          ExpressionAttributeNames: { '#total': 'total', '#left': 'left' },
          ExpressionAttributeValues: marshall({ ':total': total }),
        }),
      ),
      'write',
    );
  }

  /** Stores a configuration document; reports whether it was new. */
  private async putData(key: Key, data: unknown): Promise<Upsert> {
    const { Attributes } = await call(() =>
      this.table.client.send(
        new UpdateItemCommand({
          TableName: this.table.tableName,
          Key: marshall(key),
          UpdateExpression: 'SET #data = :data',
          ExpressionAttributeNames: { '#data': 'data' },
          ExpressionAttributeValues: marshall({ ':data': data }, { removeUndefinedValues: true }),
          ReturnValues: 'UPDATED_OLD',
        }),
      ),
      'write',
    );
    return Attributes ? 'updated' : 'created';
  }

  private async queryConfig(prefix: string): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await call(() =>
        this.table.client.send(
          new QueryCommand({
            TableName: this.table.tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: marshall({ ':pk': CONFIG_PARTITION, ':prefix': prefix }),
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        ),
      );
      items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  private async batchGet(wanted: Key[]): Promise<Item[]> {
    const items: Item[] = [];
    const unique = [...new Map(wanted.map((key) => [`${key.pk}|${key.sk}`, key])).values()];
    for (let i = 0; i < unique.length; i += 100) {
      let requested: Record<string, AttributeValue>[] | undefined = unique.slice(i, i + 100).map((key) => marshall(key));
      while (requested && requested.length > 0) {
        const keysToGet: Record<string, AttributeValue>[] = requested;
        const result: BatchGetItemCommandOutput = await call(() =>
          this.table.client.send(
            new BatchGetItemCommand({
              RequestItems: { [this.table.tableName]: { Keys: keysToGet, ConsistentRead: true } },
            }),
          ),
        );
        items.push(...(result.Responses?.[this.table.tableName] ?? []).map((item) => unmarshall(item)));
        requested = result.UnprocessedKeys?.[this.table.tableName]?.Keys;
      }
    }
    return items;
  }
}

function rewardFrom(item: Item): Reward {
  return { ...(item.data as Omit<Reward, 'publishedAt'>), publishedAt: (item.publishedAt as string | undefined) ?? null };
}
