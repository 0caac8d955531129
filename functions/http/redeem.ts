import { redeem } from '../../shared/application/redeem.js';
import { redemptionBody } from '../../shared/schemas/merchant.js';
import { httpHandler, outcomeResponse } from './http-handler.js';

export const handler = httpHandler({
  name: 'redeem',
  idempotent: true,
  body: redemptionBody,
  run: async ({ deps, caller, body, idempotency }) => {
    const common = { caller, idempotencyKey: idempotency.key, requestHash: idempotency.requestHash, memberId: body.memberId };
    const request = body.payment
      ? { ...common, payment: body.payment }
      : { ...common, rewardId: body.rewardId!, quantity: body.quantity ?? 1 };
    return outcomeResponse(await redeem(deps, request));
  },
});
