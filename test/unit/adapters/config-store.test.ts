import {
  BatchGetItemCommand,
  DynamoDBClient,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoConfigStore } from '../../../shared/adapters/dynamodb/config-store.js';
import { createDynamoDbClient } from '../../../shared/adapters/dynamodb/client.js';
import { RecentVersion } from '../../../shared/adapters/dynamodb/config-version.js';
import { CONFIG_VERSION_COPIES } from '../../../shared/adapters/dynamodb/keys.js';
import { DynamoRulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { TemporarilyUnavailableError } from '../../../shared/domain/errors.js';
import type { Merchant } from '../../../shared/domain/program.js';
import { FakeClock } from '../../helpers/fake-clock.js';

/**
 * The configuration writes' transactions as DynamoDB Local does not show them:
 * every write raises every copy of the version, so two writes at once conflict.
 */
const dynamo = mockClient(DynamoDBClient);
const table = {
  client: createDynamoDbClient({ region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  tableName: 'jifen-unit',
};
const clock = new FakeClock('2027-03-15T10:00:00.000Z');
// The first configuration write: no version to seal, so no page is built.
const versions = new DynamoRulesVersions(table, clock, () => Promise.reject(new Error('no version before the first')));
const store = new DynamoConfigStore(table, new RecentVersion(table), versions);
const merchant: Merchant = { merchantId: 'shop', name: 'Shop', category: 'grocery', green: false, earnRules: [] };
const conflict = () =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata: {},
    CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
  });

afterAll(() => dynamo.restore());

describe('Class: DynamoConfigStore (writes)', () => {
  beforeEach(() => {
    dynamo.reset();
    dynamo.on(BatchGetItemCommand).resolves({ Responses: {} });
  });

  it('writes the item, the raise of every version copy, the new version with when it took effect and the audit line in one transaction', async () => {
    // Arrange
    dynamo.on(TransactWriteItemsCommand).resolves({});

    // Act
    await store.putMerchant(merchant, {
      auditId: 'a1',
      at: '2027-03-15T10:00:00.000Z',
      action: 'PUT /v1/admin/merchants/{merchantId}',
      target: 'shop',
      reason: null,
    });

    // Assert
    const [call] = dynamo.commandCalls(TransactWriteItemsCommand);
    const keys = call!.args[0].input.TransactItems!.map((item) => unmarshall((item.Update?.Key ?? item.Put?.Item)!));
    const copies = Array.from({ length: CONFIG_VERSION_COPIES }, (_, copy) => `CONFIGVERSION#${copy}|VERSION`);
    expect(keys.map(({ pk, sk }) => `${pk}|${sk}`)).toEqual([
      'CONFIG|MERCHANT#shop',
      ...copies,
      'RULES|V#000000000001',
      'RULES|T#2027-03-15T10:00:00.000Z#000000000001',
      'AUDIT#2027-03|2027-03-15T10:00:00.000Z#a1',
    ]);
    expect(call!.args[0].input.TransactItems![1]!.Update!.ConditionExpression).toBe('attribute_not_exists(#v)');
  });

  it('tries again when another configuration write held the version copies, nothing having been written', async () => {
    // Arrange
    dynamo.on(TransactWriteItemsCommand).rejectsOnce(conflict()).rejectsOnce(conflict()).resolves({});

    // Act
    const upsert = await store.putMerchant(merchant);

    // Assert
    expect(upsert).toBe('created');
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(3);
  });

  it('answers 503 when the conflicts do not settle', async () => {
    // Arrange
    dynamo.on(TransactWriteItemsCommand).rejects(conflict());

    // Act
    const writing = store.putMerchant(merchant);

    // Assert
    await expect(writing).rejects.toBeInstanceOf(TemporarilyUnavailableError);
    expect(dynamo.commandCalls(TransactWriteItemsCommand).length).toBeGreaterThan(1);
  });
});
