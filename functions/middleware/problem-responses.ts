import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { problem, problemFor } from '../../shared/application/problem.js';
import { DomainError } from '../../shared/domain/errors.js';
import { problemResponse } from '../http/responses.js';
import { MethodNotAllowedError } from './http-errors.js';
import { logger } from './observability.js';

/**
 * Where a thrown error is answered: a typed error becomes its problem+json
 * (its status from the catalogue, through problemFor); anything else is a bare
 * 500 that leaks nothing (like middy's http-error-handler, details only below
 * 500). Every 5xx is logged here, once, with its cause (the logger carries the
 * correlation id).
 */
export function problemResponses(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyResultV2> {
  return {
    name: 'problemResponses',
    onError: (request) => {
      const error = request.error;
      if (error instanceof DomainError) {
        const body = problemFor(error);
        if (body.status >= 500) logger.error(`Answered ${body.status} ${error.code}`, error as Error);
        const headers: Record<string, string> = {};
        if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
        if (error instanceof MethodNotAllowedError) headers.allow = error.allow.join(', ');
        request.response = problemResponse(body, headers);
        return;
      }
      logger.error('Answered 500 internal_error', error as Error);
      request.response = problemResponse(problem('internal_error', 'Something went wrong; nothing was written.'));
    },
  };
}
