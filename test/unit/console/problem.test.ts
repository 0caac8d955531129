import { describe, expect, it } from 'vitest';
import { problemFrom, unreachable } from '../../../console/src/api/problem.js';
import { pageFromHash } from '../../../console/src/navigation.js';

describe('Console: API refusals and pages', () => {
  it("keeps the API's detail, code and field errors of a problem+json answer", () => {
    const error = problemFrom(400, {
      type: '/problems/validation_failed',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      detail: 'The body is not valid.',
      errors: [{ path: 'costPoints', message: 'Expected an integer' }],
    });
    expect([error.status, error.detail, error.code]).toEqual([400, 'The body is not valid.', 'validation_failed']);
    expect(error.fieldErrors).toEqual([{ path: 'costPoints', message: 'Expected an integer' }]);
  });

  it('falls back to the title, then to the status, when an answer has no detail', () => {
    expect(problemFrom(502, { title: 'Bad Gateway' }).detail).toBe('Bad Gateway');
    expect(problemFrom(504, 'upstream timed out').detail).toBe('The API answered 504.');
  });

  it("says the API could not be reached, with the browser's reason", () => {
    expect(unreachable(new TypeError('Failed to fetch')).detail).toBe('Could not reach the API (Failed to fetch).');
  });

  it('opens the page a hash names, and Program for anything else', () => {
    expect(pageFromHash('#/settlement')).toBe('settlement');
    expect(pageFromHash('#audit')).toBe('audit');
    expect(pageFromHash('')).toBe('program');
    expect(pageFromHash('#/nowhere')).toBe('program');
  });
});
