import {
  DeleteItemCommand,
  PutItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import type { AuditRecord } from '../../domain/audit.js';
import { TemporarilyUnavailableError } from '../../domain/errors.js';
import { auditLine } from './audit-trail.js';
import { isConditionFailure, THROTTLED_REASONS, translateError, type TableRef } from './client.js';

export type WriteOutcome =
  | { kind: 'written' }
  /** The first item's condition failed; `old` is what it held if it existed (ALL_OLD where asked). */
  | { kind: 'refused'; old: Record<string, AttributeValue> | undefined }
  /** A concurrent transaction was writing one of the items, or (a later item's condition) had moved what it expects on; nothing was written. */
  | { kind: 'conflict' };

/**
 * For items written by one operator request at a time (configuration, keys,
 * flags): a transaction that met a concurrent one is a busy store (503, retry),
 * not a decision to take again.
 */
export function settled(outcome: WriteOutcome): Exclude<WriteOutcome, { kind: 'conflict' }> {
  if (outcome.kind === 'conflict')
    throw new TemporarilyUnavailableError({ cause: new Error('a concurrent transaction wrote the same item') });
  return outcome;
}

function writeAlone(table: TableRef, item: TransactWriteItem): Promise<unknown> {
  if (item.Put) return table.client.send(new PutItemCommand(item.Put));
  if (item.Update) return table.client.send(new UpdateItemCommand(item.Update));
  if (item.Delete) return table.client.send(new DeleteItemCommand(item.Delete));
  throw new Error('a condition check alone writes nothing');
}

/**
 * Writes `items` all or nothing, together with the audit line of the operator
 * action that makes them, if there is one: a change and its line are one
 * TransactWriteItems. A lone item with no line is a plain write (half the
 * write units of a transactional one). The first item's condition is a refusal to report;
 * a later item's (the configuration version a write expects) is a race to try again.
 */
export async function writeItems(
  table: TableRef,
  items: TransactWriteItem[],
  audit?: AuditRecord,
): Promise<WriteOutcome> {
  const all = audit ? [...items, auditLine(table.tableName, audit)] : items;
  try {
    if (all.length === 1) await writeAlone(table, all[0]!);
    else await table.client.send(new TransactWriteItemsCommand({ TransactItems: all }));
    return { kind: 'written' };
  } catch (error) {
    if (isConditionFailure(error))
      return { kind: 'refused', old: (error as { Item?: Record<string, AttributeValue> }).Item };
    if (!(error instanceof TransactionCanceledException)) return translateError(error, 'write');
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return { kind: 'refused', old: reasons[0].Item };
    if (reasons.some((reason) => THROTTLED_REASONS.has(reason.Code ?? '')))
      throw new TemporarilyUnavailableError({ cause: error });
    if (reasons.some((reason) => reason.Code === 'TransactionConflict' || reason.Code === 'ConditionalCheckFailed'))
      return { kind: 'conflict' };
    throw error;
  }
}
