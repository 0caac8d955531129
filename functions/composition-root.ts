import * as z from 'zod/mini';
import { adminKeyFromLoader } from '../shared/adapters/admin-key.js';
import { createDynamoDbClient } from '../shared/adapters/dynamodb/client.js';
import { dynamoDeps } from '../shared/adapters/dynamodb/index.js';
import type { RulesVersionsFactory } from '../shared/adapters/dynamodb/rules-versions.js';
import type { Deps } from '../shared/application/deps.js';
import type { AdminKeyVerifier } from '../shared/ports/key-store.js';
import { noPromotionScheduler, type PromotionScheduler } from '../shared/ports/promotion-scheduler.js';
import { eventBridgePromotionScheduler } from '../shared/adapters/eventbridge-scheduler.js';
import { sqsDeliveryQueue } from '../shared/adapters/sqs-delivery-queue.js';

/**
 * The composition root of every Lambda function: the one place that reads the
 * environment and wires the real adapters (DynamoDB, Secrets Manager, EventBridge
 * Scheduler). Validated once per container, on first use. The local server, the
 * tests and the benchmarks pass their own `Deps` instead.
 */

const arn = z.optional(z.string().check(z.startsWith('arn:')));
const environment = z.object({
  TABLE_NAME: z.string().check(z.minLength(3)),
  /** The operator key lives in Secrets Manager. */
  ADMIN_API_KEY_SECRET_ARN: arn,
  /** Deployed put-promotion only: where one-time promotion schedules go. */
  PROMOTION_SCHEDULE_GROUP: z.optional(z.string().check(z.minLength(1))),
  PROMOTION_SCHEDULER_ROLE_ARN: arn,
  PROMOTIONS_JOB_FUNCTION_ARN: arn,
  PROMOTIONS_DLQ_ARN: arn,
  /** The webhook fan-out, the deliveries and the replay route: where deliveries are queued. */
  WEBHOOK_QUEUE_URL: z.optional(z.string().check(z.startsWith('https://'))),
});

function promotionScheduler(env: z.infer<typeof environment>): PromotionScheduler {
  const { PROMOTION_SCHEDULE_GROUP, PROMOTION_SCHEDULER_ROLE_ARN, PROMOTIONS_JOB_FUNCTION_ARN, PROMOTIONS_DLQ_ARN } =
    env;
  if (
    !PROMOTION_SCHEDULE_GROUP ||
    !PROMOTION_SCHEDULER_ROLE_ARN ||
    !PROMOTIONS_JOB_FUNCTION_ARN ||
    !PROMOTIONS_DLQ_ARN
  ) {
    return noPromotionScheduler;
  }
  return eventBridgePromotionScheduler({
    groupName: PROMOTION_SCHEDULE_GROUP,
    roleArn: PROMOTION_SCHEDULER_ROLE_ARN,
    jobFunctionArn: PROMOTIONS_JOB_FUNCTION_ARN,
    deadLetterQueueArn: PROMOTIONS_DLQ_ARN,
  });
}

/** A rotated admin key is picked up within this long. */
const ADMIN_KEY_CACHE_MS = 5 * 60_000;

function adminKeyVerifier(env: z.infer<typeof environment>): AdminKeyVerifier {
  if (env.ADMIN_API_KEY_SECRET_ARN) {
    const secretId = env.ADMIN_API_KEY_SECRET_ARN;
    return adminKeyFromLoader(async () => {
      const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
      const client = new SecretsManagerClient({});
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      if (!SecretString) throw new Error('the admin key secret is empty');
      return SecretString;
    }, ADMIN_KEY_CACHE_MS);
  }
  return { verify: async () => false };
}

let built: Deps | undefined;

/** The environment, validated; the webhook functions' root (functions/webhooks/delivery-root.ts) reads it here too. */
export function readEnvironment(): z.infer<typeof environment> {
  const parsed = environment.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `jifen is misconfigured: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** `rulesVersions` for the functions that write the configuration or answer past rules (its code stays out of the others' bundles). */
export function productionDeps(rulesVersions?: RulesVersionsFactory): Deps {
  if (!built) {
    const env = readEnvironment();
    const client = createDynamoDbClient();
    built = dynamoDeps({
      client,
      tableName: env.TABLE_NAME,
      adminKey: adminKeyVerifier(env),
      promotionScheduler: promotionScheduler(env),
      ...(rulesVersions && { rulesVersions }),
      ...(env.WEBHOOK_QUEUE_URL && { deliveryQueue: sqsDeliveryQueue(env.WEBHOOK_QUEUE_URL) }),
    });
  }
  return built;
}
