import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ledgerPosition } from '../../domain/ledger.js';
import { confirmedTransferLine, type Transfer } from '../../domain/transfers.js';
import { keys, partnerPendingPartition, settlementPartition, shardOf, transfersDuePartition } from './keys.js';
import { UpdateBuilder } from './update-builder.js';

/**
 * A transfer on an item of its own, the transfer itself in `d`. While it is
 * pending it sits in two sparse index partitions, both spread over shards by
 * transfer id: the tierReview index's `TRANSFERSDUE#<shard>` by `expiresAt`
 * (what the `transfers` job reads) and the lots index's
 * `PARTNERPENDING#<partnerId>#<shard>` by `createdAt` (the partner's list).
 * Ending it removes both. Once confirmed, it is itself the partner's
 * settlement line (the settlement index's keys, `g4sk` = confirmedAt#transferId),
 * so the statement counts it in the window of its confirmation.
 */
export function transferToItem(transfer: Transfer): Record<string, unknown> {
  const shard = shardOf(transfer.transferId);
  return {
    ...keys.transfer(transfer.transferId),
    d: transfer,
    g3pk: transfersDuePartition(shard),
    g3sk: `${transfer.expiresAt}#${transfer.transferId}`,
    g2pk: partnerPendingPartition(transfer.partnerId, shard),
    g2sk: ledgerPosition(transfer.createdAt, transfer.transferId),
  };
}

export const transferFromItem = (item: Record<string, unknown>) => item.d as Transfer;

/** A new (pending) transfer, written with the entry that takes its points. */
function transferOpening(tableName: string, transfer: Transfer): TransactWriteItem {
  return {
    Put: {
      TableName: tableName,
      Item: marshall(transferToItem(transfer)),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * The end of a transfer: only a pending one ends, so of a racing confirm,
 * reject and expiry one commits and the others' writes are refused.
 * A confirmation makes it the partner's settlement line.
 */
export function transferEnding(tableName: string, ended: Transfer): TransactWriteItem {
  const update = new UpdateBuilder().set('d', ended).remove('g2pk').remove('g2sk').remove('g3pk').remove('g3sk');
  if (ended.status === 'confirmed') {
    const line = confirmedTransferLine(ended);
    update
      .set('ss', 'h')
      .set('sp', line.points)
      .set('sr', line.ratePerThousand)
      .set('g4pk', settlementPartition(line.merchantId, shardOf(ended.transferId)))
      .set('g4sk', ledgerPosition(ended.endedAt!, ended.transferId));
  }
  update.condition(`${update.name('d')}.${update.name('status')} = ${update.value('pending')}`);
  return { Update: { TableName: tableName, Key: marshall(keys.transfer(ended.transferId)), ...update.build() } };
}

/** The transfer write a movement carries, if any. */
export function transferWrites(
  tableName: string,
  write: { opens: Transfer } | { ends: Transfer } | undefined,
): TransactWriteItem[] {
  if (!write) return [];
  return ['opens' in write ? transferOpening(tableName, write.opens) : transferEnding(tableName, write.ends)];
}
