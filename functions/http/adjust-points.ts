import { adjustPoints } from '../../shared/application/adjust-points.js';
import { adjustmentBody } from '../../shared/schemas/admin.js';
import { httpHandler, outcomeResponse } from './http-handler.js';

export const handler = httpHandler({
  name: 'adjust-points',
  idempotent: true,
  body: adjustmentBody,
  run: async ({ deps, body, idempotency }) =>
    outcomeResponse(
      await adjustPoints(deps, { ...body, idempotencyKey: idempotency.key, requestHash: idempotency.requestHash }),
    ),
});
