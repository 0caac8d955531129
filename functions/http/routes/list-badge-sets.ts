import { listBadgeSets } from '../../../shared/application/operator-reads.js';
import { badgeSetListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-badge-sets',
  method: 'GET',
  path: '/v1/admin/badge-sets',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'List badge sets',
  responses: [
    { status: 200, description: 'Every badge set as its PUT answers it, in setId order.', body: badgeSetListAnswer },
  ],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listBadgeSets(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
