import createClient from 'openapi-fetch';
import { problemFrom, unreachable } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Api = ReturnType<typeof createClient<paths>>;

/** A client whose every call carries the operator key; the key lives only in this closure. */
export function apiClient(baseUrl: string, operatorKey: string): Api {
  const client = createClient<paths>({ baseUrl });
  client.use({
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${operatorKey}`);
      return request;
    },
  });
  return client;
}

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits one typed call: its data on success, an ApiError with the API's `detail` otherwise. */
export async function answerOf<T>(call: Promise<CallResult<T>>): Promise<T> {
  let result: CallResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw unreachable(cause);
  }
  if (!result.response.ok) throw problemFrom(result.response.status, result.error);
  return result.data as T;
}
