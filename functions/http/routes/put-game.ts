import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putGame } from '../../../shared/application/games.js';
import { gameAnswer, gameBody, gameParams } from '../../../shared/schemas/games.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertAnswers, upsertResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'put-game',
  method: 'PUT',
  path: '/v1/admin/games/{gameId}',
  access: 'admin',
  table: 'readWrite',
  params: gameParams,
  body: gameBody,
  summary: 'Create or update a scratch card or prize wheel',
  notes:
    'Each prize gives exactly one of `points` or `rewardId` (goods). Creating the game shuffles its urn and publishes the commitment; ' +
    'before the first play a change of prizes or blanks reshuffles it; after it only an earlier `endsAt` is accepted.',
  responses: upsertAnswers('game', gameAnswer),
  errors: { 400: ['disclosure_required'], 409: ['game_locked'] },
  audit: { target: ({ params }) => params.gameId },
  run: async ({ deps, params, body, audit }) => {
    const { upsert, game } = await putGame(deps, { gameId: params.gameId, ...body }, audit);
    return upsertResponse(upsert, game);
  },
});

export const handler = lambdaHandler(route, rulesVersions);
