import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putMerchant } from '../../../shared/application/configure.js';
import { merchantBody } from '../../../shared/schemas/admin.js';
import { merchantAnswer } from '../../../shared/schemas/answers.js';
import { newMerchantParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertRoute } from '../upsert-route.js';

export const route = upsertRoute({
  name: 'put-merchant',
  path: '/v1/admin/merchants/{merchantId}',
  params: newMerchantParams,
  body: merchantBody,
  summary: 'Create or update a merchant',
  answer: merchantAnswer,
  what: 'merchant',
  audit: { target: ({ params }) => params.merchantId },
  save: async (deps, params, body, audit) => {
    const { upsert, merchant } = await putMerchant(deps, { merchantId: params.merchantId, ...body }, audit);
    return { upsert, saved: merchant };
  },
});

export const handler = lambdaHandler(route, rulesVersions);
