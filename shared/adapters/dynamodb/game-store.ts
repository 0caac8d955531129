import {
  TransactWriteItemsCommand,
  TransactionCanceledException,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { TemporarilyUnavailableError } from '../../domain/errors.js';
import type { AuditRecord } from '../../domain/audit.js';
import { BLANK, GAME_LANES, laneSize, ticketCount, type Game, type Urn } from '../../domain/games.js';
import type { GameStore, ListedGame, PlayableGame, StoredGame } from '../../ports/game-store.js';
import type { Page } from '../../ports/member-store.js';
import { asStored } from './as-stored.js';
import { auditLine } from './audit-trail.js';
import { batchGetItems } from './batch-get.js';
import { translateError, type TableRef } from './client.js';
import { queryConfigPage } from './config-pages.js';
import { KeptByVersion, type RecentVersion } from './config-version.js';
import type { VersionWriter } from './version-writer.js';
import { CONFIG_PARTITION, keys, SK_PREFIX } from './keys.js';
import { queryAll } from './query-all.js';

/** A play that finds the game changed between its reads tries this often before answering 503. */
const PLAYABLE_TRIES = 3;

type Item = Record<string, unknown>;
/** The game and urn as a play uses them, at the revision the game item holds. */
type KeptGame = Omit<PlayableGame, 'lane' | 'lanePlayed'>;

/**
 * A game is its item (in the configuration partition, so the rules page lists
 * it) with its secret urn, and a small counter of tickets taken per lane, the
 * only item a play writes besides the member and the entry: plays of one game
 * spread over `GAME_LANES` items. A change raises the configuration version,
 * as every configuration write does.
 */
export class DynamoGameStore implements GameStore {
  /** This container's list of the games for the rules page. */
  private readonly kept = new KeptByVersion(() => this.readList());
  /** Games read for plays, by id: the urn never changes while the revision holds. */
  private readonly playing = new Map<string, KeptGame>();

  constructor(
    private readonly table: TableRef,
    private readonly recent: RecentVersion,
    private readonly versions: VersionWriter,
  ) {}

  async get(gameId: string): Promise<StoredGame | null> {
    const items = await batchGetItems(this.table, [
      keys.game(gameId),
      ...Array.from({ length: GAME_LANES }, (_, lane) => keys.gameLane(gameId, lane)),
    ]);
    const byPk = new Map(items.map((item) => [item.pk, item]));
    const gameItem = items.find((item) => item.sk !== 'COUNTER');
    if (!gameItem) return null;
    const stored = storedFrom(gameItem);
    const counters = Array.from({ length: stored.lanes }, (_, lane) => byPk.get(keys.gameLane(gameId, lane).pk));
    if (counters.includes(undefined)) return null;
    const playedByLane = counters.map((counter) => counter!.played as number);
    return {
      ...stored,
      // A game published before lanes keeps its revision on its one counter.
      revision: stored.revision ?? (counters[0]!.rev as number),
      playedByLane,
      played: playedByLane.reduce((sum, played) => sum + played, 0),
    };
  }

  async playable(gameId: string, spread: number): Promise<PlayableGame | null> {
    for (let tries = 0; tries < PLAYABLE_TRIES; tries++) {
      const kept = this.playing.get(gameId) ?? (await this.readForPlay(gameId));
      if (!kept) return null;
      const first = spread % kept.lanes;
      const counter = await this.laneCounter(gameId, first);
      if (!counter || counter.rev !== kept.revision) {
        // Changed since it was kept (or between the two reads): read the game again.
        this.playing.delete(gameId);
        continue;
      }
      const tickets = ticketCount(kept.game);
      if (counter.played < laneSize(tickets, kept.lanes, first))
        return { ...kept, lane: first, lanePlayed: counter.played };
      // This lane has given all its tickets: the first other with tickets left, else sold out (a changed game fails the commit).
      const played = new Map(
        (
          await batchGetItems(
            this.table,
            Array.from({ length: kept.lanes }, (_, lane) => keys.gameLane(gameId, lane)),
          )
        ).map((c) => [c.pk, c.played as number]),
      );
      for (let step = 1; step < kept.lanes; step++) {
        const lane = (first + step) % kept.lanes;
        const taken = played.get(keys.gameLane(gameId, lane).pk) ?? 0;
        if (taken < laneSize(tickets, kept.lanes, lane)) return { ...kept, lane, lanePlayed: taken };
      }
      return { ...kept, lane: first, lanePlayed: counter.played };
    }
    throw new TemporarilyUnavailableError();
  }

  async put(
    game: Game,
    urn: Urn,
    revision: number,
    lanes: number,
    expected: { revision: number; playedByLane: number[] } | null,
    audit?: AuditRecord,
  ): Promise<'saved' | 'stale'> {
    // The lane counters are what every play conditions on: a changed revision (or a ticket taken) makes a racing write stale.
    const laneWrite = (lane: number): TransactWriteItem => ({
      Update: {
        TableName: this.table.tableName,
        Key: marshall(keys.gameLane(game.gameId, lane)),
        UpdateExpression: 'SET #rev = :revision, #played = if_not_exists(#played, :zero)',
        ConditionExpression: expected
          ? '#rev = :expectedRevision AND #played = :expectedPlayed'
          : 'attribute_not_exists(pk)',
        ExpressionAttributeNames: { '#rev': 'rev', '#played': 'played' },
        ExpressionAttributeValues: marshall({
          ':revision': revision,
          ':zero': 0,
          ...(expected && { ':expectedRevision': expected.revision, ':expectedPlayed': expected.playedByLane[lane]! }),
        }),
      },
    });
    const version = await this.versions.nextVersion();
    try {
      await this.table.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table.tableName,
                Item: marshall({ ...gameItem(game, urn), rev: revision, lanes }),
              },
            },
            ...Array.from({ length: lanes }, (_, lane) => laneWrite(lane)),
            ...(audit ? [auditLine(this.table.tableName, audit)] : []),
            // The rules page lists games from a container's kept copy, current while the version holds.
            ...version.items,
          ],
        }),
      );
      version.committed((source) => ({
        ...source,
        // In the order a read of the partition gives them (by sort key).
        games: [
          ...source.games.filter((listed) => listed.game.gameId !== game.gameId),
          { game: asStored(game), commitment: urn.commitment },
        ].sort((a, b) => (a.game.gameId < b.game.gameId ? -1 : 1)),
      }));
      this.recent.forget();
      return 'saved';
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons.some((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict'))
        return 'stale';
      return translateError(error, 'write');
    }
  }

  /** Kept as `ConfigStore.atVersion` keeps the configuration: read again only when a newer version is asked for. */
  list(version: number): Promise<{ game: Game; commitment: string }[]> {
    return this.kept.at(version);
  }

  async page(page: { limit: number; cursor: string | null }): Promise<Page<ListedGame>> {
    // As on the rules page, the urn and its seed are not read at all.
    const games = await queryConfigPage(this.table, SK_PREFIX.game, page, {
      expression: '#data, cm, lanes',
      names: { '#data': 'data' },
    });
    const played = await this.playedOf(
      games.items.map((item) => ({
        gameId: (item.data as Game).gameId,
        lanes: (item.lanes as number | undefined) ?? 1,
      })),
    );
    return {
      items: games.items.map((item) => {
        const game = item.data as Game;
        return { game, commitment: item.cm as string, played: played.get(game.gameId) ?? 0 };
      }),
      nextCursor: games.nextCursor,
    };
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

  /** The game item, kept for the next plays when it carries its revision (every game saved since lanes). */
  private async readForPlay(gameId: string): Promise<KeptGame | null> {
    const [item] = await batchGetItems(this.table, [keys.game(gameId)]);
    if (!item) return null;
    const stored = storedFrom(item);
    // A game published before lanes keeps its revision on its one counter, and is read for each play.
    if (stored.revision === null) return { ...stored, revision: (await this.laneCounter(gameId, 0))?.rev ?? -1 };
    // A program runs a few games at a time: the container keeps each one it plays.
    const kept = { ...stored, revision: stored.revision };
    this.playing.set(gameId, kept);
    return kept;
  }

  private async laneCounter(gameId: string, lane: number): Promise<{ played: number; rev: number } | undefined> {
    const [counter] = await batchGetItems(this.table, [keys.gameLane(gameId, lane)]);
    return counter as { played: number; rev: number } | undefined;
  }

  /** Tickets taken per game: every lane's counter, in batches. */
  private async playedOf(games: { gameId: string; lanes: number }[]): Promise<Map<string, number>> {
    const gameOf = new Map<string, string>();
    for (const { gameId, lanes } of games) {
      for (let lane = 0; lane < lanes; lane++) gameOf.set(keys.gameLane(gameId, lane).pk, gameId);
    }
    const counters = await batchGetItems(
      this.table,
      [...gameOf.keys()].map((pk) => ({ pk, sk: 'COUNTER' })),
    );
    const played = new Map<string, number>();
    for (const counter of counters) {
      const gameId = gameOf.get(counter.pk as string)!;
      played.set(gameId, (played.get(gameId) ?? 0) + (counter.played as number));
    }
    return played;
  }
}

/** The game and urn an item holds; its revision and lanes as saved since lanes (null and 1 before). */
function storedFrom(item: Item): Omit<KeptGame, 'revision'> & { revision: number | null } {
  const game = item.data as Game;
  return {
    game,
    urn: { seed: item.seed as string, order: decodeOrder(item.urn as string, game), commitment: item.cm as string },
    revision: (item.rev as number | undefined) ?? null,
    lanes: (item.lanes as number | undefined) ?? 1,
  };
}

/** The game's item: its disclosed rules, and the secret urn with its commitment. */
export function gameItem(game: Game, urn: Urn): Record<string, unknown> {
  return {
    ...keys.game(game.gameId),
    data: game,
    seed: urn.seed,
    urn: encodeOrder(urn.order, game),
    cm: urn.commitment,
  };
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
