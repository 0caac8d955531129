/**
 * What each level of table access grants: least privilege as data. A route
 * declares its level (`table` in its declaration); every HTTP function that
 * touches the table authenticates its caller by reading the key item (a `GetItem`,
 * or inside the one `BatchGetItem` of an earn or a redemption), so both levels that
 * touch the table include both; `none` grants nothing at all.
 */
import type { TableAccess } from '../../functions/http/route.js';

export type { TableAccess };

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'] as const;

/**
 * A `TransactWriteItems` call is authorized item by item, as the `PutItem`,
 * `UpdateItem`, `DeleteItem` or `ConditionCheckItem` it holds; IAM has no
 * `dynamodb:TransactWriteItems` action (test/artifacts checks every call).
 */
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** Only `Query` reads an index, so only `Query` is granted on `table/index/*`. */
export const INDEX_ACTIONS = ['dynamodb:Query'] as const;

/** The scheduled jobs all post ledger movements or change member state. */
export const JOB_TABLE_ACCESS: TableAccess = 'readWrite';

export function tableActionsFor(access: TableAccess): string[] {
  if (access === 'none') return [];
  if (access === 'read') return [...TABLE_READ_ACTIONS];
  return [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS];
}
