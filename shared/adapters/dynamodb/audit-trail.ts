import {
  PutItemCommand,
  QueryCommand,
  type AttributeValue,
  type QueryCommandOutput,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import { ValidationError } from '../../domain/errors.js';
import type { AuditTrail } from '../../ports/audit-trail.js';
import type { Page } from '../../ports/member-store.js';
import { call, type TableRef } from './client.js';
import { auditPartition, keys } from './keys.js';
import { decodeCursor, encodeCursor } from './sharded-index.js';

/** No line is older than the release that began the trail, so a walk back through the months stops here. */
export const FIRST_AUDIT_MONTH = '2026-01';

/** Where the next page starts: a month's bucket, after a key within it when the bucket was left part-read. */
interface Position {
  month: string;
  start?: Record<string, AttributeValue>;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 2, 1)).toISOString().slice(0, 7);
}

/** The audit line as one Put of a transaction, next to the change it records. */
export function auditLine(tableName: string, record: AuditRecord): TransactWriteItem {
  const { auditId, at, action, target, reason } = record;
  return {
    Put: { TableName: tableName, Item: marshall({ ...keys.audit(record), auditId, at, action, target, reason }) },
  };
}

/**
 * The trail lives in one partition per UTC month (`AUDIT#<YYYY-MM>`, sorted by
 * time and id). A page walks the buckets newest first, from the month of `now`
 * back to the first month with a trail; the cursor carries the bucket and the
 * key within it.
 */
export class DynamoAuditTrail implements AuditTrail {
  constructor(private readonly table: TableRef) {}

  async append(record: AuditRecord): Promise<void> {
    await call(() => this.table.client.send(new PutItemCommand(auditLine(this.table.tableName, record).Put!)), 'write');
  }

  async list(page: { limit: number; cursor: string | null }, now: Date): Promise<Page<AuditRecord>> {
    const newest = now.toISOString().slice(0, 7);
    let position: Position | null = page.cursor ? positionFrom(page.cursor, newest) : { month: newest };
    const items: AuditRecord[] = [];
    while (position && items.length < page.limit) {
      const { month, start }: Position = position;
      const result: QueryCommandOutput = await call(() =>
        this.table.client.send(
          new QueryCommand({
            TableName: this.table.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: marshall({ ':pk': auditPartition(month) }),
            ScanIndexForward: false,
            ConsistentRead: true,
            Limit: page.limit - items.length,
            ExclusiveStartKey: start,
          }),
        ),
      );
      items.push(...(result.Items ?? []).map((item) => recordFrom(unmarshall(item))));
      if (result.LastEvaluatedKey) position = { month, start: result.LastEvaluatedKey };
      else position = month > FIRST_AUDIT_MONTH ? { month: previousMonth(month) } : null;
    }
    return { items, nextCursor: position ? encodeCursor(position) : null };
  }
}

function recordFrom(item: Record<string, unknown>): AuditRecord {
  return {
    auditId: item.auditId as string,
    at: item.at as string,
    action: item.action as string,
    target: (item.target as string | null) ?? null,
    reason: (item.reason as string | null) ?? null,
  };
}

/** A cursor names a month of the trail up to now, and at most a key in that month's bucket. */
function positionFrom(cursor: string, newest: string): Position {
  const position = decodeCursor<Position>(cursor);
  const month = typeof position === 'object' && position !== null ? position.month : undefined;
  const validMonth = typeof month === 'string' && MONTH.test(month) && month >= FIRST_AUDIT_MONTH && month <= newest;
  const start = validMonth ? position.start : undefined;
  const validStart =
    start === undefined ||
    (typeof start === 'object' &&
      start !== null &&
      Object.keys(start).length === 2 &&
      start.pk?.S === auditPartition(month!) &&
      typeof start.sk?.S === 'string' &&
      start.sk.S.length > 0 &&
      start.sk.S.length <= 1024);
  if (!validMonth || !validStart || Object.keys(position).some((name) => name !== 'month' && name !== 'start')) {
    throw new ValidationError([{ path: 'cursor', message: 'is not a cursor this list issued' }]);
  }
  return position;
}
