import { GameNotFoundError, MemberNotFoundError } from '../domain/errors.js';
import { laneSpreadOf, nextTicket, prizeOnTicket, prizePoints } from '../domain/games.js';
import { checkBalanceFloor, checkMemberState } from '../domain/movement-rules.js';
import type { Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { prizeLine } from '../domain/games.js';
import { transactionIdFor } from './idempotency.js';
import { keptConfig } from './kept-config.js';
import { buildMovement } from './movement.js';
import { once } from './once.js';
import { guardMember, postIdempotently } from './post-movement.js';
import { postingParty } from './posting-party.js';
import { admitSpendCode } from './spend-codes.js';
import { readMember } from './member-now.js';

export interface PlayRequest extends MovementRequest {
  gameId: string;
  memberId: string;
  /** The member's one-time code, where the program asks for their consent to spend. */
  spendCode?: string;
}

/**
 * Plays a game once per key: the member pays its cost and gets the prize on
 * the next ticket of one lane of the committed urn (the lane its transaction
 * id picks, or the next with tickets left), in one transaction with that
 * lane's counter, which must still stand at that ticket. Of racing plays on a
 * lane one takes the ticket and the others are decided again, each on another
 * lane, so no ticket is played twice and none the urn does not have.
 */
export async function playGame(deps: Deps, request: PlayRequest): Promise<Outcome> {
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);
  const ids = { transactionId, requestHash: request.requestHash };
  const { gameId, memberId } = request;

  // Each try after a lost race starts at the next lane, so racing plays part ways instead of meeting again.
  let spread = laneSpreadOf(transactionId);
  const loadConfig = once(() => keptConfig(deps));
  return postIdempotently(deps, ids, async (guards) => {
    const now = deps.clock.now();
    const [stored, member, config] = await Promise.all([
      deps.games.playable(gameId, spread++),
      readMember(deps, memberId),
      loadConfig(),
    ]);
    guards.game = stored
      ? { gameId, lane: stored.lane, played: stored.lanePlayed, revision: stored.revision }
      : { gameId, played: null };
    guardMember(guards, memberId, member);
    if (!stored) throw new GameNotFoundError(gameId);
    if (!member) throw new MemberNotFoundError(memberId);

    const { game, urn } = stored;
    checkMemberState('game', member);
    const consent = await admitSpendCode(deps, {
      type: 'game',
      program: config.program,
      caller: request.caller,
      member,
      points: game.costPoints,
      spendCode: request.spendCode,
    });
    const ticket = nextTicket(game, stored.lanes, stored.lane, stored.lanePlayed, now);
    // The cost must be held before the play, whatever the ticket pays (a negative balance cannot play).
    checkBalanceFloor('game', member, 'points', -game.costPoints);
    const prize = prizeOnTicket(game, urn, ticket);
    const party = postingParty(config, request.caller);

    return buildMovement({
      ...ids,
      type: 'game',
      member,
      merchantId: request.caller.kind === 'merchant' ? request.caller.merchantId : null,
      owner,
      balanceName: 'points',
      credit: prize ? prizePoints(prize) : 0,
      debit: game.costPoints,
      reference: null,
      createdAt: now.toISOString(),
      rulesVersion: config.version,
      details: {
        gameId,
        ticket,
        ...(prize && { prizeId: prize.prizeId }),
        ...(prize && 'rewardId' in prize && { rewardId: prize.rewardId }),
      },
      // The merchant whose key plays honours the cost and issues the prize.
      settles: { issuer: party, honourer: party },
      memberExtras: consent,
      gameTicket: { gameId, lane: stored.lane, lanePlayed: stored.lanePlayed, revision: stored.revision },
      atLeast: game.costPoints,
      respond: ({ balances }) => ({
        transactionId,
        memberId,
        gameId,
        ticket,
        prize: prize ? prizeLine(prize) : null,
        points: game.costPoints,
        balances,
      }),
    });
  });
}
