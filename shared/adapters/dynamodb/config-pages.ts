import { marshall } from '@aws-sdk/util-dynamodb';
import type { Page } from '../../ports/member-store.js';
import type { TableRef } from './client.js';
import { CONFIG_PARTITION } from './keys.js';
import { queryFullPage } from './query-pages.js';

/**
 * One page of the configuration items whose sort key starts with `prefix`, in
 * sort-key (so id) order: a query of the configuration partition, never a scan.
 * A cursor of another list (another prefix, another partition) is refused.
 */
export function queryConfigPage(
  table: TableRef,
  prefix: string,
  page: { limit: number; cursor: string | null },
  projection?: { expression: string; names: Record<string, string> },
): Promise<Page<Record<string, unknown>>> {
  return queryFullPage(
    table,
    {
      input: {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: marshall({ ':pk': CONFIG_PARTITION, ':prefix': prefix }),
        ConsistentRead: true,
        ...(projection && { ProjectionExpression: projection.expression, ExpressionAttributeNames: projection.names }),
      },
      keyNames: ['pk', 'sk'],
      ownsKey: (key) =>
        key.pk === CONFIG_PARTITION && (key.sk ?? '').startsWith(prefix) && key.sk!.length > prefix.length,
    },
    page,
  );
}
