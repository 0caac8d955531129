import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { problem, problemFor } from '../../shared/application/problem.js';
import { DomainError } from '../../shared/domain/errors.js';
import { problemResponse } from '../http/responses.js';
import { MethodNotAllowedError } from './http-errors.js';
import { logger } from './observability.js';

/**
 * The one place an error becomes an answer: typed errors become their
 * problem+json; anything else is answered with a bare 500 that leaks nothing
 * (like middy's http-error-handler, details only below 500). Every 5xx is
 * logged here, once, with its cause (the logger carries the correlation id).
 */
export function problemResponses(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyResultV2> {
  return {
    name: 'problemResponses',
    onError: (request) => {
      const error = request.error;
      if (error instanceof DomainError) {
        if (error.status >= 500) logger.error(`Answered ${error.status} ${error.code}`, error as Error);
        const headers: Record<string, string> = {};
        if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
        if (error instanceof MethodNotAllowedError) headers.allow = error.allow.join(', ');
        request.response = problemResponse(problemFor(error), headers);
        return;
      }
      logger.error('Answered 500 internal_error', error as Error);
      request.response = problemResponse(problem(500, 'internal_error', 'Something went wrong; nothing was written.'));
    },
  };
}
