import { earnPoints } from '../../../shared/application/earn-points.js';
import { earnAnswer } from '../../../shared/schemas/answers.js';
import { earnBody } from '../../../shared/schemas/merchant.js';
import { outcomeResponse } from '../responses.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'earn',
  method: 'POST',
  path: '/v1/earn',
  access: 'merchant',
  table: 'readWrite',
  idempotent: true,
  checksKeyItself: true,
  body: earnBody,
  summary: 'Earn points for a purchase or stay',
  notes:
    'Give `amountMinor` or `nights` (or both). With the admin key, `merchantId` is required; a merchant key may only name its own merchant.',
  responses: [{ status: 201, description: 'The points were earned.', body: earnAnswer }],
  errors: {
    404: ['member_not_found', 'merchant_not_found'],
    403: ['member_frozen', 'forbidden'],
    409: ['velocity_limit'],
  },
  pointsMetric: 'PointsEarned',
  run: async ({ deps, caller, keyCheck, body, idempotency }) =>
    outcomeResponse(
      await earnPoints(deps, {
        ...body,
        caller,
        keyCheck,
        idempotencyKey: idempotency.key,
        requestHash: idempotency.requestHash,
      }),
    ),
});

export const handler = lambdaHandler(route);
