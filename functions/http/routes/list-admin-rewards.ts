import { listAllRewards } from '../../../shared/application/operator-reads.js';
import { rewardConfigListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-admin-rewards',
  method: 'GET',
  path: '/v1/admin/rewards',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'List every reward, inactive ones too',
  responses: [
    {
      status: 200,
      description: 'Every reward as its PUT answers it, with the stock left, in rewardId order.',
      body: rewardConfigListAnswer,
    },
  ],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listAllRewards(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
