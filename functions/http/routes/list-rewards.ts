import { listRewards } from '../../../shared/application/catalog.js';
import { rewardListAnswer } from '../../../shared/schemas/answers.js';
import { rewardsQuery } from '../../../shared/schemas/merchant.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-rewards',
  method: 'GET',
  path: '/v1/rewards',
  access: 'merchant',
  table: 'read',
  query: rewardsQuery,
  summary: 'List rewards with current prices',
  responses: [{ status: 200, description: 'Every active reward, priced for this member now.', body: rewardListAnswer }],
  errors: { 404: ['member_not_found'] },
  run: async ({ deps, query }) =>
    jsonResponse(
      200,
      await listRewards(deps, query.memberId ?? null, { limit: query.limit, cursor: query.cursor ?? null }),
    ),
});

export const handler = lambdaHandler(route);
