/**
 * The cold-init yardstick: a minimal middy + zod + DynamoDB-client handler,
 * bundled exactly like jifen's functions. It validates a body and reads one item.
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import * as z from 'zod';

const client = new DynamoDBClient({});
const body = z.object({ memberId: z.string().min(1).max(128) });

export const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>().handler(async (event) => {
  const parsed = body.safeParse(JSON.parse(event.body ?? '{}'));
  if (!parsed.success) return { statusCode: 400, body: JSON.stringify(parsed.error.issues) };
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: process.env.TABLE_NAME,
      Key: { pk: { S: `MEMBER#${parsed.data.memberId}` }, sk: { S: 'MEMBER' } },
    }),
  );
  return { statusCode: Item ? 200 : 404, body: JSON.stringify({ found: Boolean(Item) }) };
});
