import { listWebhookDeliveries } from '../../../shared/application/webhooks.js';
import { deliveriesQuery } from '../../../shared/schemas/admin.js';
import { webhookDeliveryListAnswer } from '../../../shared/schemas/answers.js';
import { webhookParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-webhook-deliveries',
  method: 'GET',
  path: '/v1/admin/webhooks/{endpointId}/deliveries',
  access: 'admin',
  table: 'read',
  params: webhookParams,
  query: deliveriesQuery,
  summary: "List a webhook endpoint's deliveries",
  notes: 'Without `status`, every delivery the last 35 days kept. `failed` deliveries can be sent again with a replay.',
  responses: [
    {
      status: 200,
      description: 'Deliveries, each with its attempts, last HTTP status and next attempt.',
      body: webhookDeliveryListAnswer,
    },
  ],
  errors: { 404: ['webhook_not_found'] },
  run: async ({ deps, params, query }) =>
    jsonResponse(
      200,
      await listWebhookDeliveries(deps, params.endpointId, query.status ?? null, {
        limit: query.limit,
        cursor: query.cursor ?? null,
      }),
    ),
});

export const handler = lambdaHandler(route);
