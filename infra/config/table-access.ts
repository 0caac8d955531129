/**
 * What each function may do on the ledger table: least privilege as data.
 * Every HTTP function authenticates its caller by a `GetItem` on the key item, so
 * both levels that touch the table include it; `none` grants nothing at all.
 *
 * A handler missing from this map fails the synth on purpose: a new function's
 * rights are chosen here, by a person, never defaulted.
 */
export type TableAccess = 'none' | 'read' | 'readWrite';

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'] as const;

export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:TransactWriteItems',
  'dynamodb:ConditionCheckItem',
] as const;

/** Only `Query` reads an index, so only `Query` is granted on `table/index/*`. */
export const INDEX_ACTIONS = ['dynamodb:Query'] as const;

/** Keyed by the route table's handler name (`functions/http/<handler>.ts`), plus `fallback`. */
export const httpTableAccess: Readonly<Record<string, TableAccess>> = {
  fallback: 'none',
  'get-program': 'read',
  'list-promotions': 'read',
  'get-member': 'read',
  'list-activity': 'read',
  'list-rewards': 'read',
  'get-rules': 'read',
  'get-openapi': 'none',
  'put-program': 'readWrite',
  'put-tiers': 'readWrite',
  'put-merchant': 'readWrite',
  'create-merchant-key': 'readWrite',
  'revoke-key': 'readWrite',
  'put-reward': 'readWrite',
  'put-promotion': 'readWrite',
  'set-credit-standing': 'readWrite',
  'freeze-member': 'readWrite',
  'unfreeze-member': 'readWrite',
  'adjust-points': 'readWrite',
  'run-job': 'readWrite',
  'enrol-member': 'readWrite',
  earn: 'readWrite',
  redeem: 'readWrite',
  reverse: 'readWrite',
};

export const JOB_NAMES = ['promotions', 'expiry', 'tiers'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** The scheduled jobs all post ledger movements or change member state. */
export const jobTableAccess: Readonly<Record<JobName, TableAccess>> = {
  promotions: 'readWrite',
  expiry: 'readWrite',
  tiers: 'readWrite',
};

export function tableAccessOf(handler: string): TableAccess {
  const access = httpTableAccess[handler];
  if (access === undefined) {
    throw new Error(
      `No table access is declared for handler "${handler}": add it to infra/config/table-access.ts ` +
        `('none', 'read' or 'readWrite').`,
    );
  }
  return access;
}

export function tableActionsFor(access: TableAccess): string[] {
  if (access === 'none') return [];
  if (access === 'read') return [...TABLE_READ_ACTIONS];
  return [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS];
}
