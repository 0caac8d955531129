import createClient, { type Client } from 'openapi-fetch';
import { JifenProblem } from './problem.js';
import { DEFAULT_RETRY_POLICY, retryingFetch, type RetryPolicy } from './retrying-fetch.js';
import type { components, paths } from './schema.js';

export type Schemas = components['schemas'];

/** The JSON body an operation takes. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export interface JifenClientOptions {
  /** The API's base URL, e.g. `https://api.example.com` or `http://127.0.0.1:3000` (paths start with `/v1`). */
  baseUrl: string;
  /** A merchant key (`jf_<keyId>.<secret>`), or the operator's key. */
  apiKey: string;
  retry?: Partial<RetryPolicy>;
  /** A new Idempotency-Key for a movement whose caller gave none (default: a random UUID). */
  newIdempotencyKey?: () => string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface MovementOptions {
  /**
   * The key that makes this movement happen once, however often it is sent: give your own
   * (the receipt's or folio's id) to be able to retry it after a crash; the client otherwise makes
   * one per call and keeps it across that call's own retries.
   */
  idempotencyKey?: string;
}

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * jifen's HTTP API for merchant systems. Each method answers the API's typed JSON, or throws a
 * JifenProblem carrying the refusal's `code`. Requests are retried on network errors, 503 and 429
 * (honouring `Retry-After`), never on another refusal. `api` is the typed client of every route.
 */
export class JifenClient {
  readonly api: Client<paths>;
  private readonly newIdempotencyKey: () => string;

  constructor(options: JifenClientOptions) {
    this.newIdempotencyKey = options.newIdempotencyKey ?? (() => crypto.randomUUID());
    const sendWithRetries = retryingFetch(
      { ...DEFAULT_RETRY_POLICY, ...options.retry },
      {
        fetch: options.fetch ?? globalThis.fetch,
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        random: Math.random,
      },
    );
    this.api = createClient<paths>({
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      headers: { authorization: `Bearer ${options.apiKey}` },
      fetch: (request) => sendWithRetries(request),
    });
  }

  /** Enrols a member (201), or answers the member already enrolled (200). */
  enrol(memberId: string, profile?: Record<string, unknown>) {
    return answer(
      this.api.PUT('/v1/members/{memberId}', { params: { path: { memberId } }, body: profile ? { profile } : {} }),
    );
  }

  /** Balances, tier, what expires when. */
  member(memberId: string) {
    return answer(this.api.GET('/v1/members/{memberId}', { params: { path: { memberId } } }));
  }

  /** The member's statement, newest first: this merchant's entries (all of them for the operator). */
  activity(memberId: string, page: { limit?: number; cursor?: string } = {}) {
    return answer(this.api.GET('/v1/members/{memberId}/activity', { params: { path: { memberId }, query: page } }));
  }

  /** The rewards and what `memberId` (if given) pays for each now. */
  rewards(memberId?: string) {
    return answer(this.api.GET('/v1/rewards', { params: { query: memberId === undefined ? {} : { memberId } } }));
  }

  /** Points for a purchase or a stay. */
  earn(body: RequestBody<'/v1/earn', 'post'>, options: MovementOptions = {}) {
    return answer(this.api.POST('/v1/earn', { body, params: { header: { 'Idempotency-Key': this.keyFor(options) } } }));
  }

  /** A reward, or points paying part of a bill (`payment`). */
  redeem(body: RequestBody<'/v1/redemptions', 'post'>, options: MovementOptions = {}) {
    return answer(
      this.api.POST('/v1/redemptions', { body, params: { header: { 'Idempotency-Key': this.keyFor(options) } } }),
    );
  }

  /** A refund or cancellation of an earn or a redemption, whole or (by `amountMinor`) in part. */
  reverse(body: RequestBody<'/v1/reversals', 'post'>, options: MovementOptions = {}) {
    return answer(
      this.api.POST('/v1/reversals', { body, params: { header: { 'Idempotency-Key': this.keyFor(options) } } }),
    );
  }

  private keyFor(options: MovementOptions): string {
    return options.idempotencyKey ?? this.newIdempotencyKey();
  }
}

/** The answer's data, or the refusal as a JifenProblem. */
async function answer<T>(call: Promise<CallResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw JifenProblem.from(response, error);
  return data as T;
}
