import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { TemporarilyUnavailableError } from '../../domain/errors.js';

export interface TableRef {
  client: DynamoDBClient;
  tableName: string;
}

export function createDynamoDbClient(config: DynamoDBClientConfig = {}): DynamoDBClient {
  return new DynamoDBClient({ maxAttempts: 3, ...config });
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

/** A store that stays busy becomes the retryable 503, never a 500. */
export function translateError(error: unknown): never {
  if (isBusy(error)) throw new TemporarilyUnavailableError();
  throw error;
}

/** Runs one DynamoDB call, translating busy failures. */
export async function call<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    return translateError(error);
  }
}

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
