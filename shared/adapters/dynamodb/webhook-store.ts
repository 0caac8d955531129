import {
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import { TemporarilyUnavailableError } from '../../domain/errors.js';
import { DELIVERY_STATUSES, type DeliveryStatus, type EventType } from '../../domain/webhooks.js';
import type { Page } from '../../ports/member-store.js';
import type {
  DeliveryState,
  EventSlice,
  StoredEndpoint,
  StoredEvent,
  WebhookStore,
} from '../../ports/webhook-store.js';
import { call, isConditionFailure, type TableRef } from './client.js';
import {
  keys,
  WEBHOOK_ENDPOINT_PREFIX,
  WEBHOOKS_PARTITION,
  webhookDeliveriesPartition,
  webhookEventsPartition,
} from './keys.js';
import { decodeCursor, encodeCursor } from './sharded-index.js';
import { INDEX_SHARDS, TTL_ATTRIBUTE } from './table-definition.js';
import { settled, writeItems } from './write-items.js';

/** Kept events and delivery states go after this long (DynamoDB's TTL); replay reaches back as far. */
export const WEBHOOK_RETENTION_DAYS = 35;

function expiresFrom(time: string): number {
  return Math.floor(new Date(time).getTime() / 1000) + WEBHOOK_RETENTION_DAYS * 86_400;
}

function endpointToItem(endpoint: StoredEndpoint): Record<string, unknown> {
  return {
    ...keys.webhookEndpoint(endpoint.endpointId),
    url: endpoint.url,
    mid: endpoint.merchantId ?? undefined,
    events: endpoint.events,
    active: endpoint.active,
    sec: endpoint.secret,
    psec: endpoint.previousSecret?.secret,
    psecUntil: endpoint.previousSecret?.until,
    at: endpoint.createdAt,
  };
}

function endpointFromItem(item: Record<string, unknown>): StoredEndpoint {
  return {
    endpointId: (item.sk as string).slice(WEBHOOK_ENDPOINT_PREFIX.length),
    url: item.url as string,
    merchantId: (item.mid as string | undefined) ?? null,
    events: item.events as EventType[],
    active: item.active as boolean,
    secret: item.sec as string,
    previousSecret: item.psec === undefined ? null : { secret: item.psec as string, until: item.psecUntil as string },
    createdAt: item.at as string,
  };
}

function deliveryFromItem(item: Record<string, unknown>): DeliveryState {
  return {
    eventId: item.eid as string,
    type: item.type as EventType,
    at: item.at as string,
    status: (item.sk as string).split('#')[0] as DeliveryStatus,
    attempts: item.n as number,
    lastStatus: (item.ls as number | undefined) ?? null,
    nextAttemptAt: (item.nx as string | undefined) ?? null,
  };
}

interface ShardCursor {
  shard: number;
  start?: Record<string, AttributeValue>;
}

export class DynamoWebhookStore implements WebhookStore {
  constructor(private readonly table: TableRef) {}

  async getEndpoint(endpointId: string): Promise<StoredEndpoint | null> {
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.webhookEndpoint(endpointId)),
          ConsistentRead: true,
        }),
      ),
    );
    return Item ? endpointFromItem(unmarshall(Item)) : null;
  }

  async listEndpoints(): Promise<StoredEndpoint[]> {
    const endpoints: StoredEndpoint[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await call(() =>
        this.table.client.send(
          new QueryCommand({
            TableName: this.table.tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: marshall({ ':pk': WEBHOOKS_PARTITION, ':prefix': WEBHOOK_ENDPOINT_PREFIX }),
            ExclusiveStartKey: start,
          }),
        ),
      );
      endpoints.push(...(page.Items ?? []).map((item) => endpointFromItem(unmarshall(item))));
      start = page.LastEvaluatedKey;
    } while (start);
    return endpoints;
  }

  async saveEndpoint(endpoint: StoredEndpoint, change: 'created' | 'updated', audit?: AuditRecord): Promise<void> {
    // A create must not overwrite a concurrent create's secret; an update must not resurrect a deleted endpoint.
    const condition = change === 'created' ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)';
    const outcome = settled(
      await writeItems(
        this.table,
        [
          {
            Put: {
              TableName: this.table.tableName,
              Item: marshall(endpointToItem(endpoint), { removeUndefinedValues: true }),
              ConditionExpression: condition,
            },
          },
        ],
        audit,
      ),
    );
    if (outcome.kind === 'refused')
      throw new TemporarilyUnavailableError({ cause: new Error('the endpoint changed while it was being saved') });
  }

  async setSecrets(
    endpointId: string,
    secret: string,
    previousSecret: StoredEndpoint['previousSecret'],
    audit?: AuditRecord,
  ): Promise<void> {
    const values = marshall({
      ':sec': secret,
      ':psec': previousSecret?.secret ?? null,
      ':until': previousSecret?.until ?? null,
    });
    settled(
      await writeItems(
        this.table,
        [
          {
            Update: {
              TableName: this.table.tableName,
              Key: marshall(keys.webhookEndpoint(endpointId)),
              UpdateExpression: 'SET sec = :sec, psec = :psec, psecUntil = :until',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: values,
            },
          },
        ],
        audit,
      ),
    );
  }

  async disableEndpoint(endpointId: string): Promise<void> {
    try {
      await this.table.client.send(
        new UpdateItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.webhookEndpoint(endpointId)),
          UpdateExpression: 'SET active = :off',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: marshall({ ':off': false }),
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async keepEvents(events: readonly StoredEvent[]): Promise<void> {
    // One put each, side by side: a put is idempotent, so a retried stream batch writes the same items again.
    await Promise.all(
      events.map((event) =>
        call(
          () =>
            this.table.client.send(
              new PutItemCommand({
                TableName: this.table.tableName,
                Item: marshall(
                  {
                    ...keys.webhookEvent(event),
                    eid: event.eventId,
                    type: event.type,
                    at: event.at,
                    mid: event.merchantId ?? undefined,
                    body: event.body,
                    [TTL_ATTRIBUTE]: expiresFrom(event.at),
                  },
                  { removeUndefinedValues: true },
                ),
              }),
            ),
          'write',
        ),
      ),
    );
  }

  slicesBetween(from: string, to: string): EventSlice[] {
    const slices: EventSlice[] = [];
    const start = new Date(from.slice(0, 10)).getTime();
    for (let day = start; day < new Date(to).getTime(); day += 86_400_000) {
      for (let shard = 0; shard < INDEX_SHARDS; shard++)
        slices.push({ day: new Date(day).toISOString().slice(0, 10), shard });
    }
    return slices;
  }

  async eventsIn(slice: EventSlice, from: string, to: string, cursor: string | null): Promise<Page<StoredEvent>> {
    const page = await call(() =>
      this.table.client.send(
        new QueryCommand({
          TableName: this.table.tableName,
          // Sort keys are `<at>#<eventId>`: BETWEEN from AND to holds exactly the events at or after `from` and before `to`.
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: marshall({ ':pk': webhookEventsPartition(slice), ':from': from, ':to': to }),
          ExclusiveStartKey: cursor ? decodeCursor<Record<string, AttributeValue>>(cursor) : undefined,
          Limit: 100,
        }),
      ),
    );
    return {
      items: (page.Items ?? []).map((raw) => {
        const item = unmarshall(raw);
        return { eventId: item.eid, type: item.type, at: item.at, merchantId: item.mid ?? null, body: item.body };
      }),
      nextCursor: page.LastEvaluatedKey ? encodeCursor(page.LastEvaluatedKey) : null,
    };
  }

  async recordDelivery(endpointId: string, state: DeliveryState, now: string): Promise<void> {
    const item = marshall(
      {
        ...keys.webhookDelivery(endpointId, state),
        eid: state.eventId,
        type: state.type,
        at: state.at,
        n: state.attempts,
        ls: state.lastStatus ?? undefined,
        nx: state.nextAttemptAt ?? undefined,
        [TTL_ATTRIBUTE]: expiresFrom(now),
      },
      { removeUndefinedValues: true },
    );
    // The state moves between sort keys (its status leads them): the item under each other status goes in the same write.
    const others = DELIVERY_STATUSES.filter((status) => status !== state.status).map((status) => ({
      Delete: {
        TableName: this.table.tableName,
        Key: marshall(keys.webhookDelivery(endpointId, { ...state, status })),
      },
    }));
    settled(await writeItems(this.table, [{ Put: { TableName: this.table.tableName, Item: item } }, ...others]));
  }

  async listDeliveries(
    endpointId: string,
    status: DeliveryStatus | null,
    page: { limit: number; cursor: string | null },
  ): Promise<Page<DeliveryState>> {
    let position: ShardCursor = page.cursor ? decodeCursor<ShardCursor>(page.cursor) : { shard: 0 };
    if (!Number.isInteger(position.shard) || position.shard < 0 || position.shard >= INDEX_SHARDS)
      position = { shard: INDEX_SHARDS };
    const items: DeliveryState[] = [];
    while (position.shard < INDEX_SHARDS && items.length < page.limit) {
      const { shard, start } = position;
      const result = await call(() =>
        this.table.client.send(
          new QueryCommand({
            TableName: this.table.tableName,
            KeyConditionExpression: status ? 'pk = :pk AND begins_with(sk, :status)' : 'pk = :pk',
            ExpressionAttributeValues: marshall({
              ':pk': webhookDeliveriesPartition(endpointId, shard),
              ...(status && { ':status': `${status}#` }),
            }),
            ExclusiveStartKey: start,
            Limit: page.limit - items.length,
          }),
        ),
      );
      items.push(...(result.Items ?? []).map((item) => deliveryFromItem(unmarshall(item))));
      position = result.LastEvaluatedKey ? { shard, start: result.LastEvaluatedKey } : { shard: shard + 1 };
    }
    return { items, nextCursor: position.shard < INDEX_SHARDS ? encodeCursor(position) : null };
  }
}
