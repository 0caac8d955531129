import { listMerchants } from '../../../shared/application/operator-reads.js';
import { merchantListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-merchants',
  method: 'GET',
  path: '/v1/admin/merchants',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'List merchants',
  responses: [
    {
      status: 200,
      description: 'Every merchant as its PUT answers it, in merchantId order.',
      body: merchantListAnswer,
    },
  ],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listMerchants(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
