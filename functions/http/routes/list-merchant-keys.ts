import { listMerchantKeys } from '../../../shared/application/configure.js';
import { merchantKeyListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { merchantParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-merchant-keys',
  method: 'GET',
  path: '/v1/admin/merchants/{merchantId}/keys',
  access: 'admin',
  table: 'read',
  params: merchantParams,
  query: listQuery,
  summary: "List a merchant's API keys",
  responses: [
    {
      status: 200,
      description:
        "The merchant's keys that are not revoked, oldest first, expired ones too: id, issue time and expiry, never a secret.",
      body: merchantKeyListAnswer,
    },
  ],
  errors: { 404: ['merchant_not_found'] },
  run: async ({ deps, params, query }) =>
    jsonResponse(
      200,
      await listMerchantKeys(deps, params.merchantId, { limit: query.limit, cursor: query.cursor ?? null }),
    ),
});

export const handler = lambdaHandler(route);
