import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type CfnTable,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import {
  TABLE_INDEXES,
  TABLE_KEY,
  TABLE_STREAM_VIEW,
  TTL_ATTRIBUTE,
} from '../../shared/adapters/dynamodb/table-definition.js';

export interface LedgerTableProps {
  retain: boolean;
  deletionProtection: boolean;
}

/**
 * The single ledger table, built from the shape the adapter and the local
 * runner share (`shared/adapters/dynamodb/table-definition.ts`).
 */
export class LedgerTable extends Construct {
  /** Pinned so that moving or renaming this construct can never replace the table. */
  static readonly LOGICAL_ID = 'LedgerTable';

  readonly table: Table;

  constructor(scope: Construct, id: string, props: LedgerTableProps) {
    super(scope, id);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEY.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEY.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection,
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      // The webhook fan-out reads it (an in-place update of the retained table: docs/deploying.md).
      stream: StreamViewType[TABLE_STREAM_VIEW],
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of TABLE_INDEXES) {
      const include = index.nonKeyAttributes.length > 0;
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: include ? ProjectionType.INCLUDE : ProjectionType.KEYS_ONLY,
        ...(include ? { nonKeyAttributes: index.nonKeyAttributes } : {}),
      });
    }
    (this.table.node.defaultChild as CfnTable).overrideLogicalId(LedgerTable.LOGICAL_ID);
  }
}
