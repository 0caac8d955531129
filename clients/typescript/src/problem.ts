/** One bad field of a `validation_failed` problem. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * A refusal from jifen: the API's problem+json answer as an error. `code` is the stable,
 * machine-readable part (`insufficient_points`, `member_frozen`, ...); `detail` is for people.
 */
export class JifenProblem extends Error {
  override readonly name = 'JifenProblem';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly type: string,
    readonly errors: FieldError[] = [],
    /** Seconds, when the answer named them (`Retry-After` on a 429 or 503 that retries did not outlast). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(`${status} ${code}: ${detail}`);
  }

  /** The problem a failed answer carries; an answer without one (a gateway's 429, a proxy's 502) gets a code from its status. */
  static from(response: Response, body: unknown): JifenProblem {
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
    if (isProblem(body)) {
      return new JifenProblem(response.status, body.code, body.detail, body.type, body.errors ?? [], retryAfter);
    }
    const code = response.status === 429 ? 'too_many_requests' : `http_${response.status}`;
    const detail = typeof body === 'object' && body && 'message' in body ? String(body.message) : response.statusText;
    return new JifenProblem(response.status, code, detail, 'about:blank', [], retryAfter);
  }
}

interface ProblemBody {
  type: string;
  code: string;
  detail: string;
  errors?: FieldError[];
}

function isProblem(body: unknown): body is ProblemBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ProblemBody).code === 'string' &&
    typeof (body as ProblemBody).detail === 'string'
  );
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date; `null` when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
