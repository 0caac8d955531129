import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { TemporarilyUnavailableError } from '../../domain/errors.js';

export interface TableRef {
  client: DynamoDBClient;
  tableName: string;
}

/** Three attempts of 2 s stay inside the HTTP functions' 10 s timeout. */
export const DEPLOYED_REQUEST_TIMEOUT_MS = 2_000;
/** DynamoDB Local's JVM on a busy laptop or CI machine may pause far longer than the real service. */
export const LOCAL_REQUEST_TIMEOUT_MS = 10_000;

/**
 * Bounded waits: a DynamoDB that accepts connections but never answers ends in
 * the retryable 503, not in a hung function.
 */
export function createDynamoDbClient(
  config: DynamoDBClientConfig = {},
  requestTimeoutMs = DEPLOYED_REQUEST_TIMEOUT_MS,
): DynamoDBClient {
  return new DynamoDBClient({
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: requestTimeoutMs, throwOnRequestTimeout: true },
    ...config,
  });
}

const BUSY_ERRORS = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
  'TimeoutError',
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);

/** Throttling, service and network failures that the SDK's own retries did not settle. */
export function isBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  return BUSY_ERRORS.has(error.name) || (code !== undefined && NETWORK_CODES.has(code));
}

/** Failures after which a write may have reached DynamoDB and been applied. */
const MAYBE_APPLIED_ERRORS = new Set(['TimeoutError', 'InternalServerError', 'ServiceUnavailable']);
const MAYBE_APPLIED_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

function mayHaveBeenApplied(error: Error): boolean {
  const code = (error as { code?: string }).code;
  return MAYBE_APPLIED_ERRORS.has(error.name) || (code !== undefined && MAYBE_APPLIED_CODES.has(code));
}

export type CallKind = 'read' | 'write';

/**
 * A store that stays busy becomes the retryable 503 (never a 500), keeping the
 * AWS error as its cause. A write that timed out or lost its connection says its
 * outcome is unknown rather than that nothing was written.
 */
export function translateError(error: unknown, kind: CallKind = 'read'): never {
  if (isBusy(error)) {
    throw new TemporarilyUnavailableError({
      cause: error,
      outcomeUnknown: kind === 'write' && mayHaveBeenApplied(error as Error),
    });
  }
  throw error;
}

/** Runs one DynamoDB call, translating busy failures. */
export async function call<T>(operation: () => Promise<T>, kind: CallKind = 'read'): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    return translateError(error, kind);
  }
}

/** Why DynamoDB cancels a transaction when it is throttled. */
export const THROTTLED_REASONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
