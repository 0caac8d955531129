import { putMerchant } from '../../../shared/application/configure.js';
import { merchantBody } from '../../../shared/schemas/admin.js';
import { merchantAnswer } from '../../../shared/schemas/answers.js';
import { merchantParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertAnswers, upsertResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'put-merchant',
  method: 'PUT',
  path: '/v1/admin/merchants/{merchantId}',
  access: 'admin',
  table: 'readWrite',
  params: merchantParams,
  body: merchantBody,
  summary: 'Create or update a merchant',
  responses: upsertAnswers('merchant', merchantAnswer),
  audit: { target: ({ params }) => params.merchantId },
  run: async ({ deps, params, body, audit }) => {
    const { upsert, merchant } = await putMerchant(deps, { merchantId: params.merchantId, ...body }, audit);
    return upsertResponse(upsert, merchant);
  },
});

export const handler = lambdaHandler(route);
