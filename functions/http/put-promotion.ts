import { putPromotion } from '../../shared/application/configure.js';
import { promotionBody } from '../../shared/schemas/admin.js';
import { httpHandler } from './http-handler.js';
import { promotionParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'put-promotion',
  params: promotionParams,
  body: promotionBody,
  run: async ({ deps, params, body }) => {
    const { upsert, promotion } = await putPromotion(deps, { promotionId: params.promotionId, ...body });
    return jsonResponse(upsert === 'created' ? 201 : 200, promotion);
  },
});
