import { adjustPoints } from '../../../shared/application/adjust-points.js';
import { adjustmentBody } from '../../../shared/schemas/admin.js';
import { adjustmentAnswer } from '../../../shared/schemas/answers.js';
import { outcomeResponse } from '../responses.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'adjust-points',
  method: 'POST',
  path: '/v1/admin/adjustments',
  access: 'admin',
  table: 'readWrite',
  idempotent: true,
  body: adjustmentBody,
  summary: 'Adjust a balance by hand',
  responses: [{ status: 201, description: 'The adjustment transaction.', body: adjustmentAnswer }],
  errors: { 404: ['member_not_found'], 409: ['insufficient_points'] },
  audit: { target: ({ body }) => body.memberId },
  run: async ({ deps, body, idempotency, audit }) =>
    outcomeResponse(
      await adjustPoints(deps, {
        ...body,
        idempotencyKey: idempotency.key,
        requestHash: idempotency.requestHash,
        ...(audit && { audit }),
      }),
    ),
});

export const handler = lambdaHandler(route);
