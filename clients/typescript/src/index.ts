export {
  JifenClient,
  type JifenClientOptions,
  type MovementOptions,
  type RequestBody,
  type Schemas,
} from './client.js';
export { JifenProblem, type FieldError } from './problem.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retrying-fetch.js';
export type { components, paths } from './schema.js';
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookEvent } from './webhooks.js';
