import { listPromotions } from '../../../shared/application/configure.js';
import { promotionListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-promotions',
  method: 'GET',
  path: '/v1/admin/promotions',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'List promotions',
  responses: [{ status: 200, description: 'Promotions with their status at request time.', body: promotionListAnswer }],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listPromotions(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
