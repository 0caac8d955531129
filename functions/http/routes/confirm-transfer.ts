import { confirmTransfer } from '../../../shared/application/transfers.js';
import { transferAnswer } from '../../../shared/schemas/transfers.js';
import { confirmTransferBody } from '../../../shared/schemas/transfers.js';
import { transferParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'confirm-transfer',
  method: 'POST',
  path: '/v1/transfers/{transferId}/confirm',
  access: 'merchantOnly',
  table: 'readWrite',
  params: transferParams,
  body: confirmTransferBody,
  summary: 'Confirm a transfer (the partner)',
  notes:
    "The partner's key only. Idempotent by the transfer's id (no Idempotency-Key): the same confirmation again answers 200 with the transfer as it is; any other call on an ended transfer is 409 `transfer_closed`.",
  responses: [{ status: 200, description: 'The transfer, `confirmed`.', body: transferAnswer }],
  errors: { 404: ['transfer_not_found'], 409: ['transfer_closed'] },
  run: async ({ deps, caller, params, body }) =>
    jsonResponse(200, await confirmTransfer(deps, caller, params.transferId, body.partnerReference)),
});

export const handler = lambdaHandler(route);
