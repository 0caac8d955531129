import { postTransfer } from '../../../shared/application/transfers.js';
import { transferBody, transferCreatedAnswer } from '../../../shared/schemas/transfers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { outcomeResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'post-transfer',
  method: 'POST',
  path: '/v1/transfers',
  access: 'merchant',
  table: 'readWrite',
  idempotent: true,
  checksKeyItself: true,
  body: transferBody,
  summary: "Transfer points to a partner's currency",
  notes:
    "The points leave the member at once and are held until the partner confirms (they stay with it), rejects or lets the transfer expire (they come back). `points` must be at least the partner's `minPoints` and a multiple of its `incrementPoints` (`GET /v1/rules`). Where the program asks for the member's consent, a transfer above its threshold posted with a merchant key carries the member's one-time `spendCode`.",
  responses: [
    {
      status: 201,
      description: 'The pending transfer, and the member’s balances after it.',
      body: transferCreatedAnswer,
    },
  ],
  errors: {
    404: ['member_not_found', 'partner_not_found'],
    403: ['member_frozen', 'spend_code_required', 'spend_code_invalid'],
    409: ['insufficient_points'],
    429: ['spend_code_locked'],
  },
  pointsMetric: 'PointsTransferred',
  run: async ({ deps, caller, keyCheck, body, idempotency }) =>
    outcomeResponse(
      await postTransfer(deps, {
        caller,
        keyCheck,
        idempotencyKey: idempotency.key,
        requestHash: idempotency.requestHash,
        memberId: body.memberId,
        partnerId: body.partnerId,
        points: body.points,
        partnerAccount: body.partnerAccount,
        ...(body.spendCode !== undefined && { spendCode: body.spendCode }),
      }),
    ),
});

export const handler = lambdaHandler(route);
