import { listBadges } from '../../../shared/application/operator-reads.js';
import { badgeListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-badges',
  method: 'GET',
  path: '/v1/admin/badges',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'List badges',
  responses: [
    { status: 200, description: 'Every badge as its PUT answers it, in badgeId order.', body: badgeListAnswer },
  ],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listBadges(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
