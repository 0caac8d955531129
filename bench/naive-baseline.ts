/**
 * The naive design jifen is compared with, run against the same DynamoDB Local:
 * a separate idempotency record in the common Powertools style (own table keyed
 * by `id`: status, hashed payload, stored response, expiry) + a ledger entry in
 * the member's partition + the balance update, all in one TransactWriteItems.
 *
 * It is fed jifen's own writes for the same operation, so the two store the
 * same facts: the entry keeps jifen's attributes (short names included) minus
 * the idempotency fields, and the member / stock / original-entry updates reuse
 * jifen's update expressions verbatim. Only the structure differs. Its ledger
 * lives in the member partition, so it needs no activity index: its table keeps
 * the two job indexes only.
 */
import { createHash } from 'node:crypto';
import {
  CreateTableCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  type DynamoDBClient,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { ACTIVITY_INDEX, TABLE_INDEXES, type IndexDefinition } from '../shared/adapters/dynamodb/table-definition.js';
import type { RawItem } from './item-size.js';
import type { RecordedWrite } from './write-recorder.js';

export const NAIVE_LEDGER_INDEXES: IndexDefinition[] = TABLE_INDEXES.filter((index) => index !== ACTIVITY_INDEX);

const IDEMPOTENCY_FIELDS = ['pk', 'sk', 'rh', 'st', 'body', ACTIVITY_INDEX.partitionKey, ACTIVITY_INDEX.sortKey];
const RECORD_TTL_SECONDS = 3600;
const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

export interface NaiveTables {
  idempotency: string;
  ledger: string;
}

export async function createNaiveTables(client: DynamoDBClient, suffix: string): Promise<NaiveTables> {
  const tables = { idempotency: `bench-naive-idempotency-${suffix}`, ledger: `bench-naive-ledger-${suffix}` };
  await client.send(
    new CreateTableCommand({
      TableName: tables.idempotency,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    }),
  );
  const attributes = new Set([
    'pk',
    'sk',
    ...NAIVE_LEDGER_INDEXES.flatMap((index) => [index.partitionKey, index.sortKey]),
  ]);
  await client.send(
    new CreateTableCommand({
      TableName: tables.ledger,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: NAIVE_LEDGER_INDEXES.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      })),
    }),
  );
  return tables;
}

/** What a Powertools-style record holds once the request completed. */
export function idempotencyRecord(
  functionName: string,
  payload: unknown,
  response: { status: number; body: unknown },
  now: Date,
): RawItem {
  const hash = md5(JSON.stringify(payload));
  const seconds = Math.floor(now.getTime() / 1000);
  return {
    id: { S: `jifen-${functionName}#${hash}` },
    expiration: { N: String(seconds + RECORD_TTL_SECONDS) },
    in_progress_expiration: { N: String(now.getTime() + 30_000) },
    status: { S: 'COMPLETED' },
    data: {
      S: JSON.stringify({
        statusCode: response.status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(response.body),
      }),
    },
    validation: { S: md5(JSON.stringify(payload)) },
  };
}

export class NaiveBaseline {
  /** jifen entry key (`TX#id`) → the same entry's key in the naive member partition. */
  private readonly entryKeys = new Map<string, RawItem>();

  constructor(
    private readonly client: DynamoDBClient,
    readonly tables: NaiveTables,
  ) {}

  /** Copies the items jifen's write updated (member, stock) as they were before it, so both start equal. */
  async mirrorState(jifenWrite: RecordedWrite): Promise<void> {
    for (const item of jifenWrite.items) {
      const pk = item.key.pk?.S ?? '';
      if (item.action === 'update' && item.before && !pk.startsWith('TX#')) {
        await this.client.send(new PutItemCommand({ TableName: this.tables.ledger, Item: item.before }));
      }
    }
  }

  /** The same movement as jifen's transaction, in the naive shape: record + entry + the same updates. */
  async commit(jifenWrite: RecordedWrite, record: RawItem): Promise<void> {
    const transactItems: TransactWriteItem[] = [
      { Put: { TableName: this.tables.idempotency, Item: record, ConditionExpression: 'attribute_not_exists(id)' } },
    ];
    for (const entry of jifenWrite.input.TransactItems as TransactWriteItem[]) {
      if (entry.Put) {
        const jifenItem = entry.Put.Item!;
        const naiveKey: RawItem = {
          pk: { S: `MEMBER#${jifenItem.mem!.S}` },
          sk: { S: `TX#${jifenItem[ACTIVITY_INDEX.sortKey]!.S}` },
        };
        this.entryKeys.set(jifenItem.pk!.S!, naiveKey);
        const fields = Object.fromEntries(
          Object.entries(jifenItem).filter(([name]) => !IDEMPOTENCY_FIELDS.includes(name)),
        );
        transactItems.push({
          Put: {
            TableName: this.tables.ledger,
            Item: { ...naiveKey, ...fields },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        });
      } else if (entry.Update) {
        const jifenKey = entry.Update.Key!;
        const key = jifenKey.pk?.S?.startsWith('TX#') ? this.entryKeys.get(jifenKey.pk.S) : jifenKey;
        if (!key) throw new Error(`naive baseline: no entry mirrors ${jifenKey.pk?.S}`);
        transactItems.push({ Update: { ...entry.Update, TableName: this.tables.ledger, Key: key } });
      }
    }
    await this.client.send(new TransactWriteItemsCommand({ TransactItems: transactItems }));
  }

  /** A refusal is only the stored answer. */
  async remember(record: RawItem): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.tables.idempotency, Item: record }));
  }

  /**
   * A Powertools replay: the conditional put of an INPROGRESS record fails on the
   * completed one (which DynamoDB still bills as a write), then the stored answer is returned.
   */
  async replay(record: RawItem, now: Date): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tables.idempotency,
          Item: {
            id: record.id!,
            expiration: record.expiration!,
            in_progress_expiration: { N: String(now.getTime() + 30_000) },
            status: { S: 'INPROGRESS' },
            validation: record.validation!,
          },
          ConditionExpression:
            'attribute_not_exists(#id) OR #expiry < :now OR (#status = :inprogress AND #inprogressExpiry < :nowMs)',
          ExpressionAttributeNames: {
            '#id': 'id',
            '#expiry': 'expiration',
            '#status': 'status',
            '#inprogressExpiry': 'in_progress_expiration',
          },
          ExpressionAttributeValues: {
            ':now': { N: String(Math.floor(now.getTime() / 1000)) },
            ':nowMs': { N: String(now.getTime()) },
            ':inprogress': { S: 'INPROGRESS' },
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}
