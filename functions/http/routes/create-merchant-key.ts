import { createMerchantKey } from '../../../shared/application/configure.js';
import { merchantKeyBody } from '../../../shared/schemas/admin.js';
import { merchantKeyAnswer } from '../../../shared/schemas/answers.js';
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
  body: merchantKeyBody,
  summary: 'Issue a merchant API key',
  notes:
    'The body is optional. With `expiresAt` (in the future, at most 2 years ahead) the key answers 401 `unauthenticated` from that instant; without it the key works until revoked.',
  responses: [
    {
      status: 201,
      description: 'A new merchant key. The secret `apiKey` is shown in this answer only.',
      body: merchantKeyAnswer,
    },
  ],
  errors: { 404: ['merchant_not_found'] },
  // The line names the new key, whose id the use case makes (it sets the target); the secret is never recorded.
  audit: { target: () => null },
  run: async ({ deps, params, body, audit }) =>
    jsonResponse(
      201,
      await createMerchantKey(deps, { merchantId: params.merchantId, expiresAt: body.expiresAt }, audit),
    ),
});

export const handler = lambdaHandler(route);
