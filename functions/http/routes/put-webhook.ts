import { putWebhook } from '../../../shared/application/webhooks.js';
import { webhookBody } from '../../../shared/schemas/admin.js';
import { webhookAnswer } from '../../../shared/schemas/answers.js';
import { webhookParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertRoute } from '../upsert-route.js';

/** An endpoint that receives events; its signing secret is in the answer that creates it, and never again. */
export const route = upsertRoute({
  name: 'put-webhook',
  path: '/v1/admin/webhooks/{endpointId}',
  params: webhookParams,
  body: webhookBody,
  summary: 'Create or update a webhook endpoint',
  notes:
    '`url` must be `https` and a public address (locally, `http://127.0.0.1` and `localhost` are accepted too). With `merchantId`, the endpoint receives only events of entries that merchant’s keys posted. The 201 answer carries `secret`; an update keeps it.',
  answer: webhookAnswer,
  what: 'webhook endpoint',
  errors: { 404: ['merchant_not_found'] },
  audit: { target: ({ params }) => params.endpointId },
  save: (deps, params, body, audit) => putWebhook(deps, params.endpointId, body, audit),
});

export const handler = lambdaHandler(route);
