import { getMerchant } from '../../../shared/application/operator-reads.js';
import { merchantAnswer } from '../../../shared/schemas/answers.js';
import { merchantParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-merchant',
  method: 'GET',
  path: '/v1/admin/merchants/{merchantId}',
  access: 'admin',
  table: 'read',
  params: merchantParams,
  summary: 'Read a merchant',
  responses: [{ status: 200, description: 'The merchant as its PUT answers it.', body: merchantAnswer }],
  errors: { 404: ['merchant_not_found'] },
  run: async ({ deps, params }) => jsonResponse(200, await getMerchant(deps, params.merchantId)),
});

export const handler = lambdaHandler(route);
