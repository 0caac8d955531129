import { getGame } from '../../../shared/application/games.js';
import { gameAnswer, gameParams } from '../../../shared/schemas/games.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-game',
  method: 'GET',
  path: '/v1/games/{gameId}',
  access: 'merchant',
  table: 'read',
  params: gameParams,
  summary: 'Read a game’s disclosure',
  notes:
    '`reveal` is null until the game is sold out or has ended; then it holds the seed and the order the commitment was made of.',
  responses: [
    { status: 200, description: 'The prize table, odds, tickets remaining and commitment.', body: gameAnswer },
  ],
  errors: { 404: ['game_not_found'] },
  run: async ({ deps, params }) => jsonResponse(200, await getGame(deps, params.gameId)),
});

export const handler = lambdaHandler(route);
