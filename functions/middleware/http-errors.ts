import { DomainError } from '../../shared/domain/errors.js';

/** Refusals of the transport itself, before any use case runs. */
export class PayloadTooLargeError extends DomainError {
  readonly code = 'payload_too_large';
  constructor(limitBytes: number) {
    super(`The body exceeds ${limitBytes} bytes.`);
  }
}

export class MalformedJsonError extends DomainError {
  readonly code = 'malformed_json';
  constructor() {
    super('The body is not valid JSON.');
  }
}

export class IdempotencyKeyRequiredError extends DomainError {
  readonly code = 'idempotency_key_required';
  constructor() {
    super('This request moves points and needs an Idempotency-Key header.');
  }
}

export class RouteNotFoundError extends DomainError {
  readonly code = 'not_found';
  constructor(path: string) {
    super(`No route ${path}.`);
  }
}

export class MethodNotAllowedError extends DomainError {
  readonly code = 'method_not_allowed';
  constructor(
    method: string,
    readonly allow: string[],
  ) {
    super(`${method} is not allowed here; use ${allow.join(', ')}.`);
  }
}
