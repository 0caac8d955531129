import {
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { TemporarilyUnavailableError } from '../../domain/errors.js';
import type { Lot } from '../../domain/expiry.js';
import type { Flag } from '../../domain/flags.js';
import type { ActivityItem, LedgerEntry, StoredOutcome } from '../../domain/ledger.js';
import type { SettlementLine } from '../../domain/settlement.js';
import type { CommitResult, LedgerStore, Movement, ReadGuards, RefusalResult } from '../../ports/ledger-store.js';
import type { Page } from '../../ports/member-store.js';
import { call, THROTTLED_REASONS, translateError, type TableRef } from './client.js';
import { auditLine } from './audit-trail.js';
import { batchGetItems } from './batch-get.js';
import { activityFromItem, entryFromItem, entryToItem, outcomeFromItem } from './entry-codec.js';
import { flagOpening } from './flag-codec.js';
import { activityPartition, keys, releasedLotsPartition } from './keys.js';
import { engagementWrites, extraEntryPuts } from './engagement-writes.js';
import { existingItem } from './member-store.js';
import { queryAll } from './query-all.js';
import { forEachSettlementPage } from './settlement-index.js';
import { settlementLinePuts } from './settlement-lines.js';
import { transferWrites } from './transfer-item.js';
import { memberWriteExpression } from './member-write.js';
import { queryFullPage } from './query-pages.js';
import { ACTIVITY_INDEX, TTL_ATTRIBUTE } from './table-definition.js';
import { UpdateBuilder } from './update-builder.js';

export class DynamoLedgerStore implements LedgerStore {
  constructor(private readonly table: TableRef) {}

  async getOutcome(transactionId: string): Promise<StoredOutcome | null> {
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.transaction(transactionId)),
          ProjectionExpression: 'rh, st, body',
          ConsistentRead: true,
        }),
      ),
    );
    return Item ? outcomeFromItem(unmarshall(Item)) : null;
  }

  async getEntry(transactionId: string): Promise<LedgerEntry | null> {
    const { Item } = await call(() =>
      this.table.client.send(
        new GetItemCommand({
          TableName: this.table.tableName,
          Key: marshall(keys.transaction(transactionId)),
          ConsistentRead: true,
        }),
      ),
    );
    return Item ? entryFromItem(unmarshall(Item)) : null;
  }

  async getEntries(transactionIds: readonly string[]): Promise<LedgerEntry[]> {
    const items = await batchGetItems(
      this.table,
      transactionIds.map((transactionId) => keys.transaction(transactionId)),
    );
    // A remembered refusal shares the key shape but is no entry.
    return items.flatMap((item) => entryFromItem(item) ?? []);
  }

  /**
   * One TransactWriteItems: the entry (its key is the idempotency record), the
   * member guarded by its version, plus limited stock, a game's counter, the
   * reversed original or the transfer it opens or ends.
   */
  async commit(movement: Movement): Promise<CommitResult> {
    const items: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.table.tableName,
          Item: marshall(
            { ...keys.transaction(movement.entry.transactionId), ...entryToItem(movement.entry, movement.outcome) },
            {
              removeUndefinedValues: true,
            },
          ),
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      {
        Update: {
          TableName: this.table.tableName,
          Key: marshall(keys.member(movement.member.memberId)),
          ...memberWriteExpression(movement.member),
        },
      },
    ];
    if (movement.stock) items.push({ Update: this.stockUpdate(movement.stock) });
    if (movement.gameTicket) items.push({ Update: this.gameTicketUpdate(movement.gameTicket) });
    if (movement.reversal) items.push({ Update: this.reversalUpdate(movement.reversal) });
    if (movement.engagement) items.push(...engagementWrites(this.table.tableName, movement.engagement));
    for (const lot of movement.releasedLots ?? [])
      items.push({ Put: this.releasedLotPut(movement.member.memberId, lot) });
    items.push(...extraEntryPuts(this.table.tableName, movement));
    items.push(...settlementLinePuts(this.table.tableName, [movement.entry, ...(movement.extraEntries ?? [])]));
    items.push(...transferWrites(this.table.tableName, movement.transfer));
    if (movement.audit) items.push(auditLine(this.table.tableName, movement.audit));
    try {
      await this.table.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
      return { kind: 'committed' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) return translateError(error, 'write');
      const duplicate = existingItem(error);
      if (duplicate) return { kind: 'duplicate', outcome: outcomeFromItem(unmarshall(duplicate)) };
      return this.cancelled(error);
    }
  }

  /** A cancelled transaction whose first item (the entry) was not the cause: busy, or something read has moved. */
  private cancelled(error: TransactionCanceledException): { kind: 'stale' } {
    const reasons = error.CancellationReasons ?? [];
    if (reasons.some((reason) => THROTTLED_REASONS.has(reason.Code ?? '')))
      throw new TemporarilyUnavailableError({ cause: error });
    if (reasons.some((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict')) {
      return { kind: 'stale' };
    }
    throw error;
  }

  /** Condition checks proving a refusal's reads still hold. */
  private guardChecks(guards: ReadGuards): TransactWriteItem[] {
    const checks: TransactWriteItem[] = [];
    const check = (key: { pk: string; sk: string }, update: UpdateBuilder) => {
      const { ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } = update.build();
      checks.push({
        ConditionCheck: {
          TableName: this.table.tableName,
          Key: marshall(key),
          ConditionExpression: ConditionExpression!,
          ...(ExpressionAttributeNames && { ExpressionAttributeNames }),
          ...(ExpressionAttributeValues && { ExpressionAttributeValues }),
        },
      });
    };
    if (guards.member) {
      const update = new UpdateBuilder();
      const { version } = guards.member;
      update.condition(
        version === null ? 'attribute_not_exists(pk)' : `${update.name('v')} = ${update.value(version)}`,
      );
      check(keys.member(guards.member.memberId), update);
    }
    if (guards.stock) {
      const update = new UpdateBuilder();
      const { left } = guards.stock;
      update.condition(left === null ? 'attribute_not_exists(pk)' : `${update.name('left')} = ${update.value(left)}`);
      check(keys.stock(guards.stock.rewardId), update);
    }
    if (guards.game) {
      const update = new UpdateBuilder();
      const { game } = guards;
      update.condition(
        game.played === null
          ? 'attribute_not_exists(pk)'
          : `${update.name('played')} = ${update.value(game.played)} AND ${update.name('rev')} = ${update.value(game.revision)}`,
      );
      check(keys.gameLane(game.gameId, game.played === null ? 0 : game.lane), update);
    }
    if (guards.entry) {
      const update = new UpdateBuilder();
      update
        .condition(`${update.name('rvp')} = ${update.value(guards.entry.reversedPoints)}`)
        .condition(`${update.name('rva')} = ${update.value(guards.entry.reversedAmountMinor)}`);
      check(keys.transaction(guards.entry.transactionId), update);
    }
    return checks;
  }

  async recordRefusal(
    transactionId: string,
    outcome: StoredOutcome,
    expiresAt: Date,
    guards: ReadGuards,
    flag?: Flag,
  ): Promise<RefusalResult> {
    const put = {
      TableName: this.table.tableName,
      Item: marshall({
        ...keys.transaction(transactionId),
        rh: outcome.requestHash,
        st: outcome.status,
        body: JSON.stringify(outcome.body),
        [TTL_ATTRIBUTE]: Math.floor(expiresAt.getTime() / 1000),
      }),
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    };
    // One item read consistently is a snapshot already; only a decision read from several items needs proof.
    const checks = this.guardChecks(guards);
    if (checks.length === 1) checks.length = 0;
    const alongside = [...(flag ? [flagOpening(this.table.tableName, flag)] : []), ...checks];
    try {
      if (alongside.length === 0) await this.table.client.send(new PutItemCommand(put));
      else await this.table.client.send(new TransactWriteItemsCommand({ TransactItems: [{ Put: put }, ...alongside] }));
      return { kind: 'recorded' };
    } catch (error) {
      const existing = existingItem(error);
      if (existing) return { kind: 'duplicate', outcome: outcomeFromItem(unmarshall(existing)) };
      if (error instanceof TransactionCanceledException) return this.cancelled(error);
      return translateError(error, 'write');
    }
  }

  async listActivity(
    memberId: string,
    options: { limit: number; cursor: string | null; merchantId: string | null },
  ): Promise<Page<ActivityItem>> {
    const partition = activityPartition(memberId);
    // A merchant's view filters the member's history; the page is still filled.
    const page = await queryFullPage(
      this.table,
      {
        input: {
          IndexName: ACTIVITY_INDEX.indexName,
          KeyConditionExpression: 'g1pk = :pk',
          ...(options.merchantId !== null && { FilterExpression: 'mid = :mid' }),
          ExpressionAttributeValues: marshall({
            ':pk': partition,
            ...(options.merchantId !== null && { ':mid': options.merchantId }),
          }),
          ScanIndexForward: false,
        },
        keyNames: ['pk', 'sk', 'g1pk', 'g1sk'],
        ownsKey: (key) => key.g1pk === partition,
      },
      options,
    );
    return { items: page.items.map(activityFromItem), nextCursor: page.nextCursor };
  }

  forEachSettlementPage(
    merchantId: string,
    from: string,
    to: string,
    onPage: (lines: SettlementLine[]) => void,
  ): Promise<void> {
    return forEachSettlementPage(this.table, merchantId, from, to, onPage);
  }

  /** Credits' entries from the activity index and released pending points from their own partition, in the order they were credited. */
  async listLots(memberId: string, fromPosition: string): Promise<Lot[]> {
    const [credits, released] = await Promise.all([
      queryAll(this.table, {
        IndexName: ACTIVITY_INDEX.indexName,
        KeyConditionExpression: 'g1pk = :pk AND g1sk >= :from',
        FilterExpression: 'attribute_exists(cum)',
        ExpressionAttributeValues: marshall({ ':pk': activityPartition(memberId), ':from': fromPosition }),
      }),
      queryAll(this.table, {
        KeyConditionExpression: 'pk = :pk AND sk >= :from',
        ExpressionAttributeValues: marshall({ ':pk': releasedLotsPartition(memberId), ':from': fromPosition }),
        ConsistentRead: true,
      }),
    ]);
    const lots = [
      ...credits.map((item) => ({
        position: item.g1sk as string,
        createdAt: item.at as string,
        cumulative: item.cum as number,
      })),
      ...released.map((item) => ({
        position: item.sk as string,
        createdAt: item.at as string,
        cumulative: item.cum as number,
      })),
    ];
    return lots.sort((a, b) => a.cumulative - b.cumulative);
  }

  private releasedLotPut(memberId: string, lot: Lot) {
    return {
      TableName: this.table.tableName,
      Item: marshall({ ...keys.releasedLot(memberId, lot.position), at: lot.createdAt, cum: lot.cumulative }),
    };
  }

  private stockUpdate(stock: NonNullable<Movement['stock']>) {
    const update = new UpdateBuilder().add('left', stock.delta).add('sold', -stock.delta);
    if (stock.delta < 0) update.condition(`${update.name('left')} >= ${update.value(-stock.delta)}`);
    return { TableName: this.table.tableName, Key: marshall(keys.stock(stock.rewardId)), ...update.build() };
  }

  /** A lane's next ticket: its counter must still be where the play read it, so of two racing plays one is decided again. */
  private gameTicketUpdate(ticket: NonNullable<Movement['gameTicket']>) {
    const update = new UpdateBuilder().add('played', 1);
    update
      .condition(`${update.name('played')} = ${update.value(ticket.lanePlayed)}`)
      .condition(`${update.name('rev')} = ${update.value(ticket.revision)}`);
    return {
      TableName: this.table.tableName,
      Key: marshall(keys.gameLane(ticket.gameId, ticket.lane)),
      ...update.build(),
    };
  }

  private reversalUpdate(reversal: NonNullable<Movement['reversal']>) {
    const update = new UpdateBuilder().add('rvp', reversal.points).add('rva', reversal.amountMinor);
    update
      .condition(`${update.name('rvp')} = ${update.value(reversal.expectedReversedPoints)}`)
      .condition(`${update.name('rva')} = ${update.value(reversal.expectedReversedAmountMinor)}`);
    // A zero-point, zero-amount share still has to bump nothing but must keep the guard.
    if (reversal.points === 0 && reversal.amountMinor === 0)
      update.setRaw(`${update.name('rvp')} = ${update.name('rvp')}`);
    return {
      TableName: this.table.tableName,
      Key: marshall(keys.transaction(reversal.transactionId)),
      ...update.build(),
    };
  }
}
