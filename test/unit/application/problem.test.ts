import { describe, expect, it } from 'vitest';
import { problem, problemFor } from '../../../shared/application/problem.js';
import {
  InsufficientPointsError,
  TemporarilyUnavailableError,
  ValidationError,
} from '../../../shared/domain/errors.js';

describe('Function: problem', () => {
  it('builds an RFC 9457 body whose type is /problems/<code>', () => {
    // Act
    const body = problem('not_found', 'No such route.');

    // Assert
    expect(body).toEqual({
      type: '/problems/not_found',
      title: 'Not Found',
      status: 404,
      detail: 'No such route.',
      code: 'not_found',
    });
  });

  it('leaves out an empty errors list', () => {
    // Act
    const body = problem('validation_failed', 'Bad.', []);

    // Assert
    expect(body).not.toHaveProperty('errors');
  });

  it("takes each code's status from the catalogue: 429 spend_code_locked", () => {
    // Act
    const body = problem('spend_code_locked', 'Locked.');

    // Assert
    expect(body).toMatchObject({ status: 429, title: 'Too Many Requests' });
  });
});

describe('Function: problemFor', () => {
  it('carries a validation error’s fields', () => {
    // Act
    const body = problemFor(new ValidationError([{ path: 'amountMinor', message: 'must be positive' }]));

    // Assert
    expect(body).toMatchObject({
      type: '/problems/validation_failed',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'amountMinor', message: 'must be positive' }],
    });
  });

  it('maps a business refusal to its status and code', () => {
    // Act
    const body = problemFor(new InsufficientPointsError(500, 120));

    // Assert
    expect(body).toEqual({
      type: '/problems/insufficient_points',
      title: 'Conflict',
      status: 409,
      detail: 'This needs 500 points; the balance is 120.',
      code: 'insufficient_points',
    });
  });

  it('maps the busy error to 503 temporarily_unavailable', () => {
    // Act
    const body = problemFor(new TemporarilyUnavailableError());

    // Assert
    expect(body).toMatchObject({ status: 503, code: 'temporarily_unavailable', title: 'Service Unavailable' });
  });
});
