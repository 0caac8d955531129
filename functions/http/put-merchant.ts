import { putMerchant } from '../../shared/application/configure.js';
import { merchantBody } from '../../shared/schemas/admin.js';
import { httpHandler } from './http-handler.js';
import { merchantParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'put-merchant',
  params: merchantParams,
  body: merchantBody,
  run: async ({ deps, params, body }) => {
    const { upsert, merchant } = await putMerchant(deps, { merchantId: params.merchantId, ...body });
    return jsonResponse(upsert === 'created' ? 201 : 200, merchant);
  },
});
