import { replayWebhookEvents } from '../../../shared/application/webhooks.js';
import { replayBody } from '../../../shared/schemas/admin.js';
import { webhookReplayAnswer } from '../../../shared/schemas/answers.js';
import { webhookParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'replay-webhook-events',
  method: 'POST',
  path: '/v1/admin/webhooks/{endpointId}/replay',
  access: 'admin',
  table: 'readWrite',
  needs: ['webhookDeliveries'],
  params: webhookParams,
  body: replayBody,
  summary: 'Send the events of a period to a webhook endpoint again',
  notes:
    'Every kept event of `[from, to)` (at most 31 days, within the last 35) that the endpoint subscribes to is delivered again, with its own `webhook-id`.',
  responses: [{ status: 202, description: 'The replay is queued.', body: webhookReplayAnswer }],
  errors: { 404: ['webhook_not_found'] },
  audit: { target: ({ params }) => params.endpointId },
  run: async ({ deps, params, body, audit }) =>
    jsonResponse(202, await replayWebhookEvents(deps, params.endpointId, body, audit)),
});

export const handler = lambdaHandler(route);
