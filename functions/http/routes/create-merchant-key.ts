import { createMerchantKey } from '../../../shared/application/configure.js';
import { merchantKeyAnswer } from '../../../shared/schemas/answers.js';
import { emptyBody } from '../../../shared/schemas/common.js';
import { merchantParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

/** The secret is in this answer only; the store keeps its hash. */
export const route = defineRoute({
  name: 'create-merchant-key',
  method: 'POST',
  path: '/v1/admin/merchants/{merchantId}/keys',
  access: 'admin',
  table: 'readWrite',
  params: merchantParams,
  body: emptyBody,
  summary: 'Issue a merchant API key',
  responses: [
    { status: 201, description: 'A new merchant key. The secret `apiKey` is shown in this answer only.', body: merchantKeyAnswer },
  ],
  errors: { 404: ['not_found'] },
  // The line names the merchant; the key's secret is never recorded.
  audit: { target: ({ params }) => params.merchantId },
  run: async ({ deps, params, audit }) => jsonResponse(201, await createMerchantKey(deps, params.merchantId, audit)),
});

export const handler = lambdaHandler(route);
