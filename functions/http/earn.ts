import { earnPoints } from '../../shared/application/earn-points.js';
import { earnBody } from '../../shared/schemas/merchant.js';
import { httpHandler, outcomeResponse } from './http-handler.js';

export const handler = httpHandler({
  name: 'earn',
  idempotent: true,
  body: earnBody,
  run: async ({ deps, caller, body, idempotency }) =>
    outcomeResponse(
      await earnPoints(deps, { ...body, caller, idempotencyKey: idempotency.key, requestHash: idempotency.requestHash }),
    ),
});
