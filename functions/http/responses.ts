import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Outcome } from '../../shared/application/deps.js';
import type { ProblemBody } from '../../shared/application/problem.js';
import type { NamedSchema } from '../../shared/schemas/answers.js';
import type { SuccessResponse } from './route.js';

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  if (status === 204) return { statusCode: 204, headers };
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

/**
 * The one way a problem becomes an answer: a refusal thrown now (the
 * problemResponses middleware) and one remembered under an Idempotency-Key
 * (outcomeResponse) are sent alike.
 */
export function problemResponse(
  body: ProblemBody,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: body.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: JSON.stringify(body),
  };
}

/** Answers a use case's outcome, marking replays; a refusal it remembered is a problem like any other. */
export function outcomeResponse(outcome: Outcome): APIGatewayProxyStructuredResultV2 {
  const headers: Record<string, string> = outcome.replayed ? { 'idempotent-replayed': 'true' } : {};
  return outcome.status >= 400
    ? problemResponse(outcome.body as ProblemBody, headers)
    : jsonResponse(outcome.status, outcome.body, headers);
}

/** A PUT that creates or replaces: 201 when it created, 200 when it replaced. */
export function upsertResponse(upsert: 'created' | 'updated', body: unknown): APIGatewayProxyStructuredResultV2 {
  return jsonResponse(upsert === 'created' ? 201 : 200, body);
}

/** The two answers of a PUT that creates or replaces `what`. */
export function upsertAnswers(what: string, body: NamedSchema): SuccessResponse[] {
  return [
    { status: 200, description: `The ${what} was updated.`, body },
    { status: 201, description: `The ${what} was created.`, body },
  ];
}
