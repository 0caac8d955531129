import { GameNotFoundError, MemberNotFoundError } from '../domain/errors.js';
import { nextTicket, prizeOnTicket, prizePoints } from '../domain/games.js';
import { checkBalanceFloor, checkMemberState } from '../domain/movement-rules.js';
import type { Deps, MovementRequest, Outcome } from './deps.js';
import { ownerOf } from './deps.js';
import { prizeLine } from './games.js';
import { transactionIdFor } from './idempotency.js';
import { buildMovement } from './movement.js';
import { once } from './once.js';
import { guardMember, postIdempotently } from './post-movement.js';
import { postingConfigWanted, postingParty } from './posting-party.js';
import { admitSpendCode } from './spend-codes.js';

export interface PlayRequest extends MovementRequest {
  gameId: string;
  memberId: string;
  /** The member's one-time code, where the program asks for their consent to spend. */
  spendCode?: string;
}

/**
 * Plays a game once per key: the member pays its cost and gets the prize on
 * the next ticket of the committed urn, in one transaction with the game's
 * counter, which must still stand at that ticket. Of racing plays one takes
 * the ticket and the others are decided again on the next one, so play k gets
 * ticket k and no play takes a ticket the urn does not have.
 */
export async function playGame(deps: Deps, request: PlayRequest): Promise<Outcome> {
  const owner = ownerOf(request.caller);
  const transactionId = transactionIdFor(owner, request.idempotencyKey);
  const ids = { transactionId, requestHash: request.requestHash };
  const { gameId, memberId } = request;

  const loadConfig = once(() => deps.config.load(postingConfigWanted(request.caller)));
  return postIdempotently(deps, ids, async (guards) => {
    const now = deps.clock.now();
    const [stored, member, config] = await Promise.all([deps.games.get(gameId), deps.members.get(memberId), loadConfig()]);
    guards.game = stored ? { gameId, played: stored.played, revision: stored.revision } : { gameId, played: null };
    guardMember(guards, memberId, member);
    if (!stored) throw new GameNotFoundError(gameId);
    if (!member) throw new MemberNotFoundError(memberId);

    const { game, urn } = stored;
    checkMemberState('game', member);
    const consent = await admitSpendCode(deps, { program: config.program, caller: request.caller, member, points: game.costPoints, spendCode: request.spendCode });
    const ticket = nextTicket(game, stored.played, now);
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
      details: {
        gameId,
        ticket,
        ...(prize && { prizeId: prize.prizeId }),
        ...(prize && 'rewardId' in prize && { rewardId: prize.rewardId }),
      },
      // The merchant whose key plays honours the cost and issues the prize.
      settles: { issuer: party, honourer: party },
      memberExtras: consent,
      gameTicket: { gameId, ticket, revision: stored.revision },
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
