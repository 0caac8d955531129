import { enrolMember } from '../../shared/application/members.js';
import { putMerchant, putProgram, putReward, putTiers } from '../../shared/application/configure.js';
import type { Deps } from '../../shared/application/deps.js';
import { demoMerchants, demoProgram, demoRewards, demoTiers } from '../../local/demo-data.js';
import { requestHash } from '../../shared/application/idempotency.js';
import { earnPoints } from '../../shared/application/earn-points.js';
import { GetItemCommand, QueryCommand, type AttributeValue, type QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { adjustPoints } from '../../shared/application/adjust-points.js';

/** Loads the worked-numbers program (fruit shop, hotel, rewards) through the use cases. */
export async function loadDemoProgram(deps: Deps): Promise<void> {
  await putProgram(deps, demoProgram);
  await putTiers(deps, demoTiers);
  for (const merchant of demoMerchants) await putMerchant(deps, merchant);
  for (const reward of demoRewards) await putReward(deps, reward);
}

export async function enrolWithPoints(deps: Deps, memberId: string, points: number): Promise<void> {
  await enrolMember(deps, memberId, null);
  if (points > 0) {
    const body = { memberId, points, reason: 'test balance' };
    await adjustPoints(deps, {
      idempotencyKey: `seed-${memberId}`,
      requestHash: requestHash('seed', body),
      memberId,
      points,
      balance: 'points',
      reason: 'test balance',
    });
  }
}

export function fruitShopEarn(deps: Deps, memberId: string, key: string, amountMinor: number) {
  const body = { memberId, amountMinor, reference: key };
  return earnPoints(deps, {
    caller: { kind: 'merchant', merchantId: 'fruit-shop', keyId: 'k' },
    idempotencyKey: key,
    requestHash: requestHash('POST /v1/earn', body),
    ...body,
  });
}

/** Reads the raw table: every ledger entry of a member, to check the ledger against the balance. */
export async function ledgerOf(deps: Deps, tableName: string, memberId: string) {
  const { client } = (
    deps.ledger as unknown as { table: { client: import('@aws-sdk/client-dynamodb').DynamoDBClient } }
  ).table;
  const items: Record<string, unknown>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page: QueryCommandOutput = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'activity',
        KeyConditionExpression: 'g1pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': `MEMBER#${memberId}` }),
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export async function rawItem(deps: Deps, tableName: string, key: { pk: string; sk: string }) {
  const { client } = (
    deps.ledger as unknown as { table: { client: import('@aws-sdk/client-dynamodb').DynamoDBClient } }
  ).table;
  const { Item } = await client.send(
    new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }),
  );
  return Item ? unmarshall(Item) : null;
}
