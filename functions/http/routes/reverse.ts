import { reverseTransaction } from '../../../shared/application/reverse-transaction.js';
import { reversalAnswer } from '../../../shared/schemas/answers.js';
import { reversalBody } from '../../../shared/schemas/merchant.js';
import { outcomeResponse } from '../responses.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'reverse',
  method: 'POST',
  path: '/v1/reversals',
  access: 'merchant',
  table: 'readWrite',
  idempotent: true,
  body: reversalBody,
  summary: 'Reverse a transaction, wholly or in part',
  notes: '`amountMinor` reverses part of an amount-based earn; without it, whatever is left is reversed.',
  responses: [{ status: 201, description: 'The reversal transaction.', body: reversalAnswer }],
  errors: {
    404: ['not_found', 'member_not_found'],
    403: ['forbidden', 'member_frozen'],
    409: ['already_reversed'],
  },
  pointsMetric: 'PointsReversed',
  run: async ({ deps, caller, body, idempotency }) =>
    outcomeResponse(
      await reverseTransaction(deps, {
        ...body,
        caller,
        idempotencyKey: idempotency.key,
        requestHash: idempotency.requestHash,
      }),
    ),
});

export const handler = lambdaHandler(route);
