import { getTiers } from '../../../shared/application/operator-reads.js';
import { tiersAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-tiers',
  method: 'GET',
  path: '/v1/admin/tiers',
  access: 'admin',
  table: 'read',
  summary: 'Read the tiers',
  responses: [
    {
      status: 200,
      description: 'The tiers as last saved, lowest first, or the default tier until the operator sets them.',
      body: tiersAnswer,
    },
  ],
  run: async ({ deps }) => jsonResponse(200, await getTiers(deps)),
});

export const handler = lambdaHandler(route);
