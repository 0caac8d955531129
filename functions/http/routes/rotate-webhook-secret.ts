import { rotateWebhookSecret } from '../../../shared/application/webhooks.js';
import { emptyBody } from '../../../shared/schemas/common.js';
import { webhookSecretAnswer } from '../../../shared/schemas/answers.js';
import { webhookParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'rotate-webhook-secret',
  method: 'POST',
  path: '/v1/admin/webhooks/{endpointId}/rotate-secret',
  access: 'admin',
  table: 'readWrite',
  params: webhookParams,
  body: emptyBody,
  summary: "Rotate a webhook endpoint's signing secret",
  notes:
    'For 24 hours the old secret signs beside the new one (two signatures, space-separated), so the receiver can switch without missing an event.',
  responses: [{ status: 200, description: 'The new secret (shown this once).', body: webhookSecretAnswer }],
  errors: { 404: ['webhook_not_found'] },
  audit: { target: ({ params }) => params.endpointId },
  run: async ({ deps, params, audit }) => jsonResponse(200, await rotateWebhookSecret(deps, params.endpointId, audit)),
});

export const handler = lambdaHandler(route);
