import {
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import type { Birthday } from '../../domain/birthday.js';
import type { Member } from '../../domain/member.js';
import type { MemberEngagement, MemberStore, MemberWrite, Page } from '../../ports/member-store.js';
import { call, isConditionFailure, translateError, type TableRef } from './client.js';
import { birthdayFromItem, birthdayToItem } from './birthday-item.js';
import { birthdayPartition, keys, lotsPartition, SK_PREFIX, tierReviewPartition } from './keys.js';
import { memberFromItem, memberToItem } from './member-codec.js';
import { memberWriteExpression } from './member-write.js';
import { queryAll } from './query-all.js';
import { queryShardedIndex } from './sharded-index.js';
import { LOTS_INDEX, TIER_REVIEW_INDEX } from './table-definition.js';
import { settled, writeItems } from './write-items.js';

export class DynamoMemberStore implements MemberStore {
  constructor(private readonly table: TableRef) {}

  async get(memberId: string): Promise<Member | null> {
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.member(memberId)),
          ConsistentRead: true,
        }),
      ),
    );
    return Item ? memberFromItem(unmarshall(Item)) : null;
  }

  async enrol(member: Member, profile: Record<string, unknown> | null): Promise<{ created: boolean; member: Member }> {
    const memberPut = {
      TableName: this.table.tableName,
      Item: marshall({ ...keys.member(member.memberId), ...memberToItem(member) }),
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    try {
      if (profile === null) {
        await this.table.client.send(
          new PutItemCommand({ ...memberPut, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
        );
      } else {
        // The profile has an item of its own so the member item, written on every movement, stays small;
        // it is stored as JSON text because a member profile is free-form (empty keys, any number).
        await this.table.client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Put: { ...memberPut, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
              {
                Put: {
                  TableName: this.table.tableName,
                  Item: marshall({ ...keys.profile(member.memberId), profile: JSON.stringify(profile) }),
                },
              },
            ],
          }),
        );
      }
      return { created: true, member };
    } catch (error) {
      const existing = existingItem(error);
      if (existing) return { created: false, member: memberFromItem(unmarshall(existing)) };
      return translateError(error, 'write');
    }
  }

  async update(write: MemberWrite, audit?: AuditRecord): Promise<'updated' | 'stale' | 'missing'> {
    const outcome = await writeItems(
      this.table,
      [
        {
          Update: {
            TableName: this.table.tableName,
            Key: marshall(keys.member(write.memberId)),
            ...memberWriteExpression(write),
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ],
      audit,
    );
    if (outcome.kind === 'refused') return outcome.old ? 'stale' : 'missing';
    // A movement's transaction got there first: plan again on a fresh read.
    return outcome.kind === 'conflict' ? 'stale' : 'updated';
  }

  async recordSpendCodeFailure(memberId: string, now: Date, windowMs: number): Promise<void> {
    const opensAfter = new Date(now.getTime() - windowMs).toISOString();
    const writes = [
      // The count's window is still open: add to it.
      { expression: 'ADD scn :one', condition: 'scs > :opensAfter', values: { ':one': 1, ':opensAfter': opensAfter } },
      // No count, or its window has passed: this failure starts a new one.
      {
        expression: 'SET scn = :one, scs = :now',
        condition: 'attribute_exists(pk) AND (attribute_not_exists(scs) OR scs <= :opensAfter)',
        values: { ':one': 1, ':now': now.toISOString(), ':opensAfter': opensAfter },
      },
    ];
    // One of the two conditions holds unless a concurrent failure moved the count in between: then try again.
    for (let round = 0; round < 3; round += 1) {
      for (const write of writes) {
        try {
          await this.table.client.send(
            new UpdateItemCommand({
              TableName: this.table.tableName,
              Key: marshall(keys.member(memberId)),
              UpdateExpression: write.expression,
              ConditionExpression: write.condition,
              ExpressionAttributeValues: marshall(write.values),
            }),
          );
          return;
        } catch (error) {
          if (!isConditionFailure(error)) translateError(error, 'write');
        }
      }
    }
  }

  async engagementOf(memberId: string): Promise<MemberEngagement> {
    const engagement: MemberEngagement = {
      taskCounts: new Map(),
      earnCounts: new Map(),
      badges: new Map(),
      sets: new Map(),
    };
    const items = await queryAll(this.table, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: marshall({ ':pk': keys.member(memberId).pk }),
      ConsistentRead: true,
    });
    for (const item of items) addEngagementItem(engagement, item);
    return engagement;
  }

  dueForTierReview(asOf: string, cursor: string | null, limit: number): Promise<Page<string>> {
    return queryShardedIndex(this.table, TIER_REVIEW_INDEX, tierReviewPartition, asOf, cursor, limit);
  }

  withLotsPostedBefore(postedBefore: string, cursor: string | null, limit: number): Promise<Page<string>> {
    return queryShardedIndex(this.table, LOTS_INDEX, lotsPartition, postedBefore, cursor, limit);
  }

  async birthdayOf(memberId: string): Promise<Birthday | null> {
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.birthday(memberId)),
          ConsistentRead: true,
        }),
      ),
    );
    return Item ? birthdayFromItem(unmarshall(Item)) : null;
  }

  async setBirthday(memberId: string, birthday: Birthday, audit?: AuditRecord): Promise<'updated' | 'missing'> {
    const outcome = settled(
      await writeItems(
        this.table,
        [
          {
            ConditionCheck: {
              TableName: this.table.tableName,
              Key: marshall(keys.member(memberId)),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          { Put: { TableName: this.table.tableName, Item: marshall(birthdayToItem(memberId, birthday)) } },
        ],
        audit,
      ),
    );
    return outcome.kind === 'refused' ? 'missing' : 'updated';
  }

  async recordBirthdayPaid(memberId: string, paidOn: string): Promise<void> {
    try {
      await this.table.client.send(
        new UpdateItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.birthday(memberId)),
          UpdateExpression: 'SET lastPaidOn = :paidOn',
          // Never creates a birthday item: one paid was read just before.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: marshall({ ':paidOn': paidOn }),
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) translateError(error, 'write');
    }
  }

  withBirthdayOn(monthDay: string, recordedBy: string, cursor: string | null, limit: number): Promise<Page<string>> {
    return queryShardedIndex(
      this.table,
      TIER_REVIEW_INDEX,
      (shard) => birthdayPartition(monthDay, shard),
      recordedBy,
      cursor,
      limit,
    );
  }
}

function addEngagementItem(engagement: MemberEngagement, item: Record<string, unknown>): void {
  const sk = item.sk as string;
  if (sk.startsWith(SK_PREFIX.task)) {
    engagement.taskCounts.set(sk.slice(SK_PREFIX.task.length), {
      period: item.period as string,
      inPeriod: item.n as number,
      ever: item.ever as number,
    });
  } else if (sk.startsWith(SK_PREFIX.memberEarnCount)) {
    engagement.earnCounts.set(sk.slice(SK_PREFIX.memberEarnCount.length), {
      period: item.period as string,
      inPeriod: item.n as number,
      ever: item.ever as number,
    });
  } else if (sk.startsWith(SK_PREFIX.badge)) {
    engagement.badges.set(sk.slice(SK_PREFIX.badge.length), item.at as string);
  } else if (sk.startsWith(SK_PREFIX.memberSet)) {
    engagement.sets.set(sk.slice(SK_PREFIX.memberSet.length), item.at as string);
  }
}

/** The item a failed condition returned (ReturnValuesOnConditionCheckFailure: ALL_OLD), if any. */
export function existingItem(error: unknown): Record<string, AttributeValue> | undefined {
  if (!(error instanceof Error)) return undefined;
  const direct = (error as { Item?: Record<string, AttributeValue> }).Item;
  if (direct) return direct;
  const reasons = (error as { CancellationReasons?: { Code?: string; Item?: Record<string, AttributeValue> }[] })
    .CancellationReasons;
  return reasons?.[0]?.Code === 'ConditionalCheckFailed' ? reasons[0].Item : undefined;
}
