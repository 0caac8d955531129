import { getTransfer } from '../../../shared/application/transfers.js';
import { transferAnswer } from '../../../shared/schemas/transfers.js';
import { transferParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-transfer',
  method: 'GET',
  path: '/v1/transfers/{transferId}',
  access: 'merchant',
  table: 'read',
  params: transferParams,
  summary: 'Read a transfer',
  notes:
    "For the partner's key, the key that posted it, or the admin key; to any other key the transfer does not exist (404).",
  responses: [{ status: 200, description: 'The transfer as it is now.', body: transferAnswer }],
  errors: { 404: ['transfer_not_found'] },
  run: async ({ deps, caller, params }) => jsonResponse(200, await getTransfer(deps, caller, params.transferId)),
});

export const handler = lambdaHandler(route);
