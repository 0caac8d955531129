import { listGames } from '../../../shared/application/games.js';
import { gameListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-games',
  method: 'GET',
  path: '/v1/admin/games',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'List games',
  responses: [
    {
      status: 200,
      description: 'Every game with its status, tickets left and commitment, in gameId order; never its urn.',
      body: gameListAnswer,
    },
  ],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listGames(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
