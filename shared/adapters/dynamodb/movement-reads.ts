import type { MovementRead, MovementReads, MovementReadsWanted } from '../../ports/movement-reads.js';
import { batchGetItems, type ItemKey } from './batch-get.js';
import type { TableRef } from './client.js';
import { outcomeFromItem } from './entry-codec.js';
import { apiKeyFromItem } from './key-store.js';
import { keys } from './keys.js';
import { memberFromItem } from './member-codec.js';

/** One BatchGetItem: the transaction's item, the member, and whichever of the key and a stock are wanted. */
export class DynamoMovementReads implements MovementReads {
  constructor(private readonly table: TableRef) {}

  async read(wanted: MovementReadsWanted): Promise<MovementRead> {
    const asked = {
      outcome: keys.transaction(wanted.transactionId),
      member: keys.member(wanted.memberId),
      key: wanted.keyId === undefined ? undefined : keys.apiKey(wanted.keyId),
      stock: wanted.stockOf === undefined ? undefined : keys.stock(wanted.stockOf),
    };
    const items = await batchGetItems(
      this.table,
      Object.values(asked).filter((key): key is ItemKey => key !== undefined),
    );
    const found = (key: ItemKey | undefined) =>
      key ? items.find((item) => item.pk === key.pk && item.sk === key.sk) : undefined;
    const outcome = found(asked.outcome);
    const member = found(asked.member);
    const read: MovementRead = {
      outcome: outcome ? outcomeFromItem(outcome) : null,
      member: member ? memberFromItem(member) : null,
    };
    if (asked.key) {
      const key = found(asked.key);
      read.key = key ? apiKeyFromItem(key) : null;
    }
    if (asked.stock) read.stockLeft = (found(asked.stock)?.left as number | undefined) ?? null;
    return read;
  }
}
