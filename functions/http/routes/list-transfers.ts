import { listPendingTransfers } from '../../../shared/application/transfers.js';
import { merchantIdOf } from '../../../shared/application/deps.js';
import { transferListAnswer, transfersQuery } from '../../../shared/schemas/transfers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-transfers',
  method: 'GET',
  path: '/v1/transfers',
  access: 'merchantOnly',
  table: 'read',
  query: transfersQuery,
  summary: "The calling partner's pending transfers",
  notes: '`status=pending` is required: the transfers this partner still has to confirm or reject, oldest first.',
  responses: [
    { status: 200, description: 'Pending transfers to this partner, oldest first.', body: transferListAnswer },
  ],
  run: async ({ deps, caller, query }) =>
    jsonResponse(
      200,
      await listPendingTransfers(deps, merchantIdOf(caller), { limit: query.limit, cursor: query.cursor ?? null }),
    ),
});

export const handler = lambdaHandler(route);
