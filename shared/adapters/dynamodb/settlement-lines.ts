import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { LedgerEntry } from '../../domain/ledger.js';
import { settlementIndexAttributes } from './entry-codec.js';
import { keys } from './keys.js';

/**
 * An item in the settlement index for each line of an entry after its first
 * (the first is on the entry item): a game play's two sides, the debts a credit
 * repays. Written in the entry's own transaction; none for an entry of one line.
 */
export function settlementLinePuts(tableName: string, entries: readonly LedgerEntry[]): TransactWriteItem[] {
  return entries.flatMap((entry) =>
    entry.settlement.slice(1).map((line, index) => ({
      Put: {
        TableName: tableName,
        Item: marshall({
          ...keys.settlementLine(entry.transactionId, index + 1),
          ...settlementIndexAttributes(entry, line),
        }),
      },
    })),
  );
}
