import { ERROR_CATALOGUE, type ErrorCode } from '../domain/error-catalogue.js';
import type { DomainError } from '../domain/errors.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { path: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusTitle(status: number): string {
  return TITLES[status] ?? 'Error';
}

/** The HTTP status of a code: the one place a code becomes a status, read from the catalogue. */
export function statusOf(code: ErrorCode): number {
  return ERROR_CATALOGUE[code].status;
}

/** RFC 9457 problem details of a code; the one place a refusal becomes a response body. */
export function problem(code: ErrorCode, detail: string, errors?: ProblemBody['errors']): ProblemBody {
  const status = statusOf(code);
  const body: ProblemBody = { type: `/problems/${code}`, title: statusTitle(status), status, detail, code };
  if (errors && errors.length > 0) body.errors = errors;
  return body;
}

export function problemFor(error: DomainError): ProblemBody {
  return problem(error.code, error.message, error.errors);
}
