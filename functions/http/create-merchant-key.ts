import { createMerchantKey } from '../../shared/application/configure.js';
import { emptyBody } from '../../shared/schemas/common.js';
import { httpHandler } from './http-handler.js';
import { merchantParams } from './params.js';
import { jsonResponse } from './responses.js';

/** The secret is in this answer only; the store keeps its hash. */
export const handler = httpHandler({
  name: 'create-merchant-key',
  body: emptyBody,
  params: merchantParams,
  run: async ({ deps, params }) => jsonResponse(201, await createMerchantKey(deps, params.merchantId)),
});
