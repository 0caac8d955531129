import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { bootLocal, type LocalJifen } from '../../local/boot.js';
import type { Clock } from '../../shared/ports/clock.js';
import { TEST_ADMIN_KEY } from './dynamo.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** The local server (same handlers as Lambda) on a fresh table of the run's DynamoDB Local; on `clock` if given. */
export async function startLocalApi(clock?: Clock): Promise<{ jifen: LocalJifen; api: ApiClient }> {
  const endpoint = inject('dynamoEndpoint');
  const jifen = await bootLocal({
    port: 0,
    adminKey: TEST_ADMIN_KEY,
    dynamo: { endpoint, stop: async () => undefined },
    tableName: `jifen-e2e-${randomUUID()}`,
    ...(clock && { clock }),
  });
  return { jifen, api: new ApiClient(jifen.url) };
}

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    options: {
      key?: string | null;
      body?: unknown;
      rawBody?: string;
      idempotencyKey?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const key = options.key === undefined ? TEST_ADMIN_KEY : options.key;
    if (key !== null) headers.authorization = `Bearer ${key}`;
    if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined && { body }) });
    const text = await response.text();
    // A page for people (a problem's type) is text; every other answer is JSON.
    const json = !/^text\//.test(response.headers.get('content-type') ?? '');
    return { status: response.status, headers: response.headers, body: text ? (json ? JSON.parse(text) : text) : null };
  }
}
