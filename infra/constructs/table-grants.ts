import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { TABLE_INDEXES } from '../../shared/adapters/dynamodb/table-definition.js';
import { INDEX_ACTIONS, type TableAccess, tableActionsFor } from '../config/table-access.js';

/**
 * Grants exactly the actions of an access level: on the table itself, and
 * `dynamodb:Query` alone on each of its named indexes (no `index/*` wildcard).
 * `Table.grant*` would add every action to the index ARNs, and a few actions
 * jifen never calls.
 */
export function grantTableAccess(grantee: IGrantable, table: ITable, access: TableAccess): void {
  const actions = tableActionsFor(access);
  if (actions.length === 0) return;
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ sid: 'LedgerTable', actions, resources: [table.tableArn] }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      sid: 'LedgerIndexes',
      actions: [...INDEX_ACTIONS],
      resources: TABLE_INDEXES.map((index) => `${table.tableArn}/index/${index.indexName}`),
    }),
  );
}
