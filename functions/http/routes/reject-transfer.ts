import { rejectTransfer } from '../../../shared/application/transfers.js';
import { transferAnswer } from '../../../shared/schemas/transfers.js';
import { rejectTransferBody } from '../../../shared/schemas/transfers.js';
import { transferParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'reject-transfer',
  method: 'POST',
  path: '/v1/transfers/{transferId}/reject',
  access: 'merchantOnly',
  table: 'readWrite',
  params: transferParams,
  body: rejectTransferBody,
  summary: 'Reject a transfer (the partner)',
  notes:
    "The partner's key only. The points go back to the member (a `transferReturn` entry) in the same transaction. Idempotent by the transfer's id (no Idempotency-Key): the same rejection again answers 200 with the transfer as it is; any other call on an ended transfer is 409 `transfer_closed`.",
  responses: [{ status: 200, description: 'The transfer, `rejected`.', body: transferAnswer }],
  errors: { 404: ['transfer_not_found'], 409: ['transfer_closed'] },
  run: async ({ deps, caller, params, body }) =>
    jsonResponse(200, await rejectTransfer(deps, caller, params.transferId, body.reason)),
});

export const handler = lambdaHandler(route);
