import { reverseTransaction } from '../../shared/application/reverse-transaction.js';
import { reversalBody } from '../../shared/schemas/merchant.js';
import { httpHandler, outcomeResponse } from './http-handler.js';

export const handler = httpHandler({
  name: 'reverse',
  idempotent: true,
  body: reversalBody,
  run: async ({ deps, caller, body, idempotency }) =>
    outcomeResponse(
      await reverseTransaction(deps, { ...body, caller, idempotencyKey: idempotency.key, requestHash: idempotency.requestHash }),
    ),
});
