/**
 * Observability for every function: Powertools logger (with a correlation id per
 * request) and EMF metrics, as one middy middleware plus the shared singletons.
 * Traces are not made here: the AWS Distro for OpenTelemetry layer traces each
 * invocation and every AWS SDK call from outside the bundle (infra/config/tracing.ts),
 * and every log line carries the X-Ray trace id (`xray_trace_id`).
 *
 * Use it first (outermost), so that its `after`/`onError` see the final answer:
 *   middy(handler).use(observability(route.name, route.pointsMetric)).use(errorMapper)...
 *
 * Quiet outside Lambda (tests, the local server): the logger logs WARN and above
 * unless POWERTOOLS_LOG_LEVEL says otherwise, and metrics are only written when
 * POWERTOOLS_METRICS_DISABLED=false is set explicitly.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MiddlewareObj, Request } from '@middy/core';
import { WEBHOOK_DELIVERIES_FAILED } from '../webhooks/metric-names.js';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

const SERVICE = process.env.POWERTOOLS_SERVICE_NAME || 'jifen';
const NAMESPACE = process.env.POWERTOOLS_METRICS_NAMESPACE || 'jifen';
const IN_LAMBDA = Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);

export const CORRELATION_ID_HEADER = 'x-correlation-id';
/** Printable ASCII without spaces, bounded: anything else is not echoed back (the request id is used). */
const CORRELATION_ID_PATTERN = /^[\x21-\x7e]{1,128}$/;
/** Error codes are API constants (`insufficient_points`); anything else is not used as a metric dimension. */
const ERROR_CODE_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

export const logger = new Logger({
  serviceName: SERVICE,
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL || (IN_LAMBDA ? 'INFO' : 'WARN')) as LogLevel,
});

export const metrics = new Metrics({ namespace: NAMESPACE, serviceName: SERVICE });

/**
 * Whether metrics are collected: always in Lambda (where Powertools itself honours
 * POWERTOOLS_METRICS_DISABLED), elsewhere only with POWERTOOLS_METRICS_DISABLED=false.
 */
export function metricsEnabled(): boolean {
  if (IN_LAMBDA) return true;
  const setting = process.env.POWERTOOLS_METRICS_DISABLED?.trim().toLowerCase();
  return setting === 'false' || setting === '0';
}

/** A finished job run, with dimension `job`: JobRuns, JobItemsProcessed, JobItemsChanged. */
export function recordJobRun(job: string, processed: number, changed: number): void {
  if (!metricsEnabled()) return;
  const run = new Metrics({ namespace: NAMESPACE, serviceName: SERVICE, defaultDimensions: { job } });
  run.addMetric('JobRuns', MetricUnit.Count, 1);
  run.addMetric('JobItemsProcessed', MetricUnit.Count, processed);
  run.addMetric('JobItemsChanged', MetricUnit.Count, changed);
  run.publishStoredMetrics();
}

/** Points taken by the expiry job (call once per run or per member, with the points expired). */
export function recordPointsExpired(points: number): void {
  if (!metricsEnabled() || !(points > 0)) return;
  metrics.singleMetric().addMetric('PointsExpired', MetricUnit.Count, points);
}

/** A webhook delivery given up (retries exhausted, or its endpoint gone or disabled): the failed-deliveries alarm counts these. */
export function recordWebhookDeliveryFailed(endpointId: string, eventId: string): void {
  logger.warn('webhook delivery failed', { endpointId, eventId });
  if (!metricsEnabled()) return;
  metrics.singleMetric().addMetric(WEBHOOK_DELIVERIES_FAILED, MetricUnit.Count, 1);
}

type HttpRequest = Request<APIGatewayProxyEventV2, APIGatewayProxyResultV2>;

/** The correlation id of a request: a well-formed `x-correlation-id` header, else API Gateway's request id. */
export function correlationIdOf(event: APIGatewayProxyEventV2): string {
  const header = headerValue(event.headers, CORRELATION_ID_HEADER);
  if (header !== undefined && CORRELATION_ID_PATTERN.test(header)) return header;
  return event.requestContext?.requestId ?? 'unknown';
}

/**
 * Logger context + correlation id (echoed as `x-correlation-id`), and the business
 * metrics read from the answer: the route's `pointsMetric` (PointsEarned, ...)
 * with the `points` of a 201, IdempotentReplays, DomainErrors by `code`.
 */
export function observability(
  handlerName: string,
  pointsMetric?: string,
): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyResultV2> {
  const correlationIds = new WeakMap<object, string>();

  const finish = (request: HttpRequest): void => {
    if (request.response === null || request.response === undefined) return;
    const response = structured(request.response);
    request.response = response;
    const correlationId = correlationIds.get(request.event);
    if (correlationId !== undefined) {
      response.headers = { ...response.headers, [CORRELATION_ID_HEADER]: correlationId };
    }
    if (metricsEnabled()) recordAnswer(response, pointsMetric);
  };

  return {
    name: 'observability',
    before: (request) => {
      const correlationId = correlationIdOf(request.event);
      correlationIds.set(request.event, correlationId);
      logger.resetKeys();
      if (request.context) logger.addContext(request.context);
      logger.appendKeys({ handler: handlerName });
      logger.setCorrelationId(correlationId);
      if (metricsEnabled() && request.context?.functionName) {
        metrics.captureColdStartMetric(request.context.functionName);
      }
    },
    after: finish,
    onError: (request) => {
      if (request.response === null || request.response === undefined) {
        // Nothing inside turned the error into an answer: Lambda will report it as a function error.
        logger.error('Unhandled error', { error: request.error });
      } else {
        finish(request);
      }
    },
  };
}

function recordAnswer(response: APIGatewayProxyStructuredResultV2, pointsMetric: string | undefined): void {
  const status = response.statusCode ?? 200;
  const replayed = headerValue(response.headers, 'idempotent-replayed') === 'true';
  if (replayed) {
    // A replay moves no points: it is counted as a replay only.
    metrics.addMetric('IdempotentReplays', MetricUnit.Count, 1);
  } else if (status === 201 && pointsMetric !== undefined) {
    const points = jsonBody(response)?.points;
    if (typeof points === 'number' && Number.isFinite(points) && points >= 0) {
      metrics.addMetric(pointsMetric, MetricUnit.Count, points);
    }
  }
  const contentType = headerValue(response.headers, 'content-type');
  if (contentType?.toLowerCase().startsWith('application/problem+json')) {
    const code = jsonBody(response)?.code;
    if (typeof code === 'string' && ERROR_CODE_PATTERN.test(code)) {
      metrics.singleMetric().addDimension('code', code).addMetric('DomainErrors', MetricUnit.Count, 1);
    }
  }
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}

function structured(response: APIGatewayProxyResultV2): APIGatewayProxyStructuredResultV2 {
  // API Gateway reads a bare string (or object) answer as a 200 JSON body; keep that meaning.
  if (typeof response === 'string') {
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: response };
  }
  if (typeof response === 'object' && response !== null && 'statusCode' in response) {
    return response as APIGatewayProxyStructuredResultV2;
  }
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(response) };
}

function headerValue(
  headers: Record<string, string | number | boolean | undefined> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name && value !== undefined) return String(value);
  }
  return undefined;
}

function jsonBody(response: APIGatewayProxyStructuredResultV2): Record<string, unknown> | undefined {
  if (typeof response.body !== 'string' || response.body === '') return undefined;
  try {
    const text = response.isBase64Encoded ? Buffer.from(response.body, 'base64').toString('utf8') : response.body;
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
