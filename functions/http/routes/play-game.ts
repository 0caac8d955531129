import { playGame } from '../../../shared/application/play-game.js';
import { gameParams, playAnswer, playBody } from '../../../shared/schemas/games.js';
import { outcomeResponse } from '../responses.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'play-game',
  method: 'POST',
  path: '/v1/games/{gameId}/plays',
  access: 'merchant',
  table: 'readWrite',
  idempotent: true,
  params: gameParams,
  body: playBody,
  summary: 'Play a game once',
  notes: 'Spends `costPoints` and pays the prize on the next ticket of the committed urn, in one `game` entry.',
  responses: [{ status: 201, description: 'The ticket was played.', body: playAnswer }],
  errors: {
    404: ['game_not_found', 'member_not_found'],
    403: ['member_frozen', 'spend_code_required', 'spend_code_invalid'],
    409: ['game_not_active', 'game_sold_out', 'insufficient_points'],
    429: ['spend_code_locked'],
  },
  pointsMetric: 'PointsPlayed',
  run: async ({ deps, caller, params, body, idempotency }) =>
    outcomeResponse(
      await playGame(deps, {
        caller,
        idempotencyKey: idempotency.key,
        requestHash: idempotency.requestHash,
        gameId: params.gameId,
        memberId: body.memberId,
        ...(body.spendCode !== undefined && { spendCode: body.spendCode }),
      }),
    ),
});

export const handler = lambdaHandler(route);
