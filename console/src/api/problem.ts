/** An API refusal (problem+json) or a failure to reach the API, as the console shows it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly code: string | undefined,
    readonly fieldErrors: readonly { path: string; message: string }[] = [],
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

interface ProblemBody {
  title?: unknown;
  detail?: unknown;
  code?: unknown;
  errors?: unknown;
}

function fieldErrorsOf(errors: unknown): { path: string; message: string }[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: { path?: unknown; message?: unknown }) =>
    typeof error?.message === 'string' ? [{ path: String(error.path ?? ''), message: error.message }] : [],
  );
}

/** Turns an API answer that is not a success into an ApiError that keeps the API's own `detail`. */
export function problemFrom(status: number, body: unknown): ApiError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as ProblemBody;
  const detail =
    typeof problem.detail === 'string'
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : `The API answered ${status}.`;
  return new ApiError(
    status,
    detail,
    typeof problem.code === 'string' ? problem.code : undefined,
    fieldErrorsOf(problem.errors),
  );
}

export function unreachable(cause: unknown): ApiError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(0, `Could not reach the API (${reason}).`, undefined);
}
