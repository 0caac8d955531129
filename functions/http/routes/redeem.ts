import { redeem } from '../../../shared/application/redeem.js';
import { redemptionAnswer } from '../../../shared/schemas/answers.js';
import { redemptionBody } from '../../../shared/schemas/merchant.js';
import { outcomeResponse } from '../responses.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'redeem',
  method: 'POST',
  path: '/v1/redemptions',
  access: 'merchant',
  table: 'readWrite',
  idempotent: true,
  checksKeyItself: true,
  body: redemptionBody,
  summary: 'Redeem a reward or pay with points',
  notes:
    "Give exactly one of `rewardId` (with optional `quantity`) or `payment`. Where the program asks for the member's consent, a spend above its threshold carries the member's one-time `spendCode`.",
  responses: [{ status: 201, description: 'The reward was redeemed or the payment was made.', body: redemptionAnswer }],
  errors: {
    404: ['member_not_found', 'reward_not_found'],
    403: ['member_frozen', 'credit_required', 'spend_code_required', 'spend_code_invalid'],
    409: ['insufficient_points', 'out_of_stock', 'priority_window'],
    429: ['spend_code_locked'],
  },
  pointsMetric: 'PointsRedeemed',
  run: async ({ deps, caller, keyCheck, body, idempotency }) => {
    const common = {
      caller,
      keyCheck,
      idempotencyKey: idempotency.key,
      requestHash: idempotency.requestHash,
      memberId: body.memberId,
      ...(body.spendCode !== undefined && { spendCode: body.spendCode }),
    };
    const request = body.payment
      ? { ...common, payment: body.payment }
      : { ...common, rewardId: body.rewardId!, quantity: body.quantity ?? 1 };
    return outcomeResponse(await redeem(deps, request));
  },
});

export const handler = lambdaHandler(route);
