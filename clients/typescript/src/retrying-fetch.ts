import { retryAfterSeconds } from './problem.js';

export interface RetryPolicy {
  /** Attempts in all, the first included (default 4). */
  attempts: number;
  /** The first backoff; each next one doubles, with full jitter (default 200 ms). */
  baseDelayMs: number;
  /** No wait is longer, whatever `Retry-After` asks (default 10 s). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 10_000 };

/** What waiting and chance are, passed in so tests can watch them. */
export interface RetryEnvironment {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

/**
 * A `fetch` that sends a request again on a network error, a 503 or a 429, and never on another
 * answer: jifen answers 503 with nothing written, and a gateway's 429 reached nothing. A network
 * error leaves the outcome unknown, so it is retried only when the request may safely be repeated:
 * a read, a PUT or DELETE, or a movement carrying its Idempotency-Key (the same key on every
 * attempt, so the server replays a movement it already made).
 */
export function retryingFetch(policy: RetryPolicy, env: RetryEnvironment): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const repeatable = request.method !== 'POST' || request.headers.has('idempotency-key');
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= policy.attempts;
      let response: Response;
      try {
        response = await env.fetch(request.clone());
      } catch (error) {
        if (last || !repeatable) throw error;
        await env.sleep(backoff(policy, attempt, env.random));
        continue;
      }
      if (last || (response.status !== 503 && response.status !== 429)) return response;
      const asked = retryAfterSeconds(response.headers.get('retry-after'));
      await response.body?.cancel();
      await env.sleep(
        asked === null ? backoff(policy, attempt, env.random) : Math.min(asked * 1000, policy.maxDelayMs),
      );
    }
  };
}

/** Exponential backoff with full jitter: a random wait up to base × 2^(attempt − 1), capped. */
function backoff(policy: RetryPolicy, attempt: number, random: () => number): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}
