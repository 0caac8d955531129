import { QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { SettlementLine } from '../../domain/settlement.js';
import { call, type TableRef } from './client.js';
import { settlementPartition } from './keys.js';
import { INDEX_SHARDS, SETTLEMENT_INDEX } from './table-definition.js';

/**
 * Reads a merchant's settled entries posted in [from, to) from the sparse
 * settlement index, every shard at once. The sort key is `createdAt#txId`, so
 * BETWEEN from AND to takes entries from `from` up to, not including, `to`.
 */
export async function forEachSettlementPage(
  table: TableRef,
  merchantId: string,
  from: string,
  to: string,
  onPage: (lines: SettlementLine[]) => void,
): Promise<void> {
  await Promise.all(
    Array.from({ length: INDEX_SHARDS }, async (_, shard) => {
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await call(() =>
          table.client.send(
            new QueryCommand({
              TableName: table.tableName,
              IndexName: SETTLEMENT_INDEX.indexName,
              KeyConditionExpression: 'g4pk = :pk AND g4sk BETWEEN :from AND :to',
              ExpressionAttributeValues: marshall({
                ':pk': settlementPartition(merchantId, shard),
                ':from': from,
                ':to': to,
              }),
              ExclusiveStartKey: start,
            }),
          ),
        );
        onPage((page.Items ?? []).map((raw) => lineFromItem(unmarshall(raw))));
        start = page.LastEvaluatedKey;
      } while (start);
    }),
  );
}

function lineFromItem(item: Record<string, unknown>): SettlementLine {
  return {
    createdAt: (item.g4sk as string).split('#')[0]!,
    side: item.ss === 'i' ? 'issued' : 'honoured',
    points: item.sp as number,
    ratePerThousand: item.sr as number,
  };
}
