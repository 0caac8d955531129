/** The metric the failed-deliveries alarm watches; apart from the observability module, so the CDK app need not load Powertools. */
export const WEBHOOK_DELIVERIES_FAILED = 'WebhookDeliveriesFailed';
