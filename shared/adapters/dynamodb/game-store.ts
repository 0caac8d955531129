import { BatchGetItemCommand, TransactWriteItemsCommand, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { TemporarilyUnavailableError } from '../../domain/errors.js';
import type { AuditRecord } from '../../domain/audit.js';
import { BLANK, type Game, type Urn } from '../../domain/games.js';
import type { GameStore, ListedGame, StoredGame } from '../../ports/game-store.js';
import type { Page } from '../../ports/member-store.js';
import { auditLine } from './audit-trail.js';
import { call, translateError, type TableRef } from './client.js';
import { queryConfigPage } from './config-pages.js';
import { RecentVersion, versionRaise } from './config-version.js';
import { CONFIG_PARTITION, keys, SK_PREFIX } from './keys.js';
import { queryAll } from './query-all.js';

/**
 * A game is two items: the game (in the configuration partition, so the rules
 * page lists it) with its secret urn, and a small counter of tickets taken,
 * the only item a play writes besides the member and the entry. A change
 * raises the configuration version, as every configuration write does.
 */
export class DynamoGameStore implements GameStore {
  /** This container's list of the games for the rules page, and the configuration version it was read at. */
  private kept: { version: number; games: Promise<{ game: Game; commitment: string }[]> } | undefined;

  constructor(
    private readonly table: TableRef,
    private readonly recent = new RecentVersion(table),
  ) {}

  async get(gameId: string): Promise<StoredGame | null> {
    const gameKey = keys.game(gameId);
    const counterKey = keys.gameCounter(gameId);
    const result = await call(() =>
      this.table.client.send(
        new BatchGetItemCommand({
          RequestItems: { [this.table.tableName]: { Keys: [marshall(gameKey), marshall(counterKey)], ConsistentRead: true } },
        }),
      ),
    );
    // Two small items of one game come back unprocessed only under throttling: the retryable 503.
    if (Object.keys(result.UnprocessedKeys ?? {}).length > 0) throw new TemporarilyUnavailableError();
    const items = (result.Responses?.[this.table.tableName] ?? []).map((item) => unmarshall(item));
    const game = items.find((item) => item.pk === gameKey.pk && item.sk === gameKey.sk);
    const counter = items.find((item) => item.pk === counterKey.pk);
    if (!game || !counter) return null;
    const data = game.data as Game;
    return {
      game: data,
      urn: { seed: game.seed as string, order: decodeOrder(game.urn as string, data), commitment: game.cm as string },
      revision: counter.rev as number,
      played: counter.played as number,
    };
  }

  async put(
    game: Game,
    urn: Urn,
    revision: number,
    expected: { revision: number; played: number } | null,
    audit?: AuditRecord,
  ): Promise<'saved' | 'stale'> {
    // The counter is the item every play conditions on: a changed revision (or a ticket taken) makes a racing write stale.
    const expectation =
      expected === null
        ? { ConditionExpression: 'attribute_not_exists(pk)', values: {} }
        : { ConditionExpression: '#rev = :expectedRevision AND #played = :expectedPlayed', values: { ':expectedRevision': expected.revision, ':expectedPlayed': expected.played } };
    try {
      await this.table.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: { TableName: this.table.tableName, Item: marshall(gameItem(game, urn)) },
            },
            {
              Update: {
                TableName: this.table.tableName,
                Key: marshall(keys.gameCounter(game.gameId)),
                UpdateExpression: 'SET #rev = :revision, #played = if_not_exists(#played, :zero)',
                ConditionExpression: expectation.ConditionExpression,
                ExpressionAttributeNames: { '#rev': 'rev', '#played': 'played' },
                ExpressionAttributeValues: marshall({ ':revision': revision, ':zero': 0, ...expectation.values }),
              },
            },
            ...(audit ? [auditLine(this.table.tableName, audit)] : []),
            // The rules page lists games from a container's kept copy, current while the version holds.
            ...versionRaise(this.table.tableName),
          ],
        }),
      );
      this.recent.forget();
      return 'saved';
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons.some((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict')) return 'stale';
      return translateError(error, 'write');
    }
  }

  /** Kept as `ConfigStore.atVersion` keeps the configuration: read again only when a newer version is asked for. */
  list(version: number): Promise<{ game: Game; commitment: string }[]> {
    if (this.kept !== undefined && this.kept.version >= version) return this.kept.games;
    const kept = { version, games: this.readList() };
    this.kept = kept;
    kept.games.catch(() => {
      if (this.kept === kept) this.kept = undefined;
    });
    return kept.games;
  }

  private async readList(): Promise<{ game: Game; commitment: string }[]> {
    const items = await queryAll(this.table, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      // The urn and its seed stay in the table until the reveal.
      ProjectionExpression: '#data, cm',
      ExpressionAttributeNames: { '#data': 'data' },
      ExpressionAttributeValues: marshall({ ':pk': CONFIG_PARTITION, ':prefix': SK_PREFIX.game }),
      ConsistentRead: true,
    });
    return items.map((item) => ({ game: item.data as Game, commitment: item.cm as string }));
  }

  async page(page: { limit: number; cursor: string | null }): Promise<Page<ListedGame>> {
    // As on the rules page, the urn and its seed are not read at all.
    const games = await queryConfigPage(this.table, SK_PREFIX.game, page, { expression: '#data, cm', names: { '#data': 'data' } });
    const played = await this.playedOf(games.items.map((item) => (item.data as Game).gameId));
    return {
      items: games.items.map((item) => {
        const game = item.data as Game;
        return { game, commitment: item.cm as string, played: played.get(game.gameId) ?? 0 };
      }),
      nextCursor: games.nextCursor,
    };
  }

  /** Tickets taken per game: one batch of counters (a page holds at most 100 games). */
  private async playedOf(gameIds: string[]): Promise<Map<string, number>> {
    if (gameIds.length === 0) return new Map();
    const gameOf = new Map(gameIds.map((gameId) => [keys.gameCounter(gameId).pk, gameId]));
    const result = await call(() =>
      this.table.client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [this.table.tableName]: {
              Keys: gameIds.map((gameId) => marshall(keys.gameCounter(gameId))),
              ProjectionExpression: 'pk, #played',
              ExpressionAttributeNames: { '#played': 'played' },
              ConsistentRead: true,
            },
          },
        }),
      ),
    );
    // Small counters come back unprocessed only under throttling: the retryable 503, as in `get`.
    if (Object.keys(result.UnprocessedKeys ?? {}).length > 0) throw new TemporarilyUnavailableError();
    const counters = (result.Responses?.[this.table.tableName] ?? []).map((item) => unmarshall(item));
    return new Map(counters.map((counter) => [gameOf.get(counter.pk as string)!, counter.played as number]));
  }
}

/** The game's item: its disclosed rules, and the secret urn with its commitment. */
export function gameItem(game: Game, urn: Urn): Record<string, unknown> {
  return { ...keys.game(game.gameId), data: game, seed: urn.seed, urn: encodeOrder(urn.order, game), cm: urn.commitment };
}

/** One character per ticket (the prize's index in the table, or BLANK) keeps a 20,000-ticket urn under 20 KB. */
const TICKET_CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function encodeOrder(order: readonly string[], game: Game): string {
  const codes = new Map(game.prizes.map((prize, i) => [prize.prizeId, TICKET_CODES[i]!]));
  return order.map((ticket) => codes.get(ticket) ?? BLANK).join('');
}

function decodeOrder(encoded: string, game: Game): string[] {
  return [...encoded].map((code) => (code === BLANK ? BLANK : game.prizes[TICKET_CODES.indexOf(code)]!.prizeId));
}
