/**
 * Verifies an event jifen sent to a partner's endpoint, the Standard Webhooks
 * way: `webhook-signature` carries `v1,<base64 HMAC-SHA256>` of
 * `"{webhook-id}.{webhook-timestamp}.{body}"` under the secret's decoded bytes
 * (two signatures, space-separated, while a rotated secret still signs).
 * WebCrypto only, so it runs in Node.js, Deno, workers and browsers alike.
 */

/** A delivery jifen sends: `data` is the API's answer for the entry, or the transfer, tier change or flag. */
export interface WebhookEvent {
  type: string;
  timestamp: string;
  data: unknown;
}

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
}

export interface VerifyWebhookOptions {
  /** The endpoint's secret (`whsec_…`), or several while you move to a rotated one. */
  secret: string | readonly string[];
  /** The request's headers, as your framework gives them (names in any case). */
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The raw body, exactly as received: parsing and serialising it again breaks the signature. */
  body: string;
  /** How far `webhook-timestamp` may be from now, against replays of an old delivery (default 300 s). */
  toleranceSeconds?: number;
  now?: Date;
}

const SECRET_PREFIX = 'whsec_';
const encoder = new TextEncoder();

function header(headers: VerifyWebhookOptions['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found[0] : found;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function signatureOf(secret: string, signed: string): Promise<Uint8Array> {
  const keyBytes = base64Bytes(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(signed)));
}

/** Compares every byte whatever differs first, so the time taken tells nothing about the signature. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** The event, once its signature and timestamp check out; otherwise a `WebhookVerificationError` saying why. */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const id = header(options.headers, 'webhook-id');
  const timestamp = header(options.headers, 'webhook-timestamp');
  const signatures = header(options.headers, 'webhook-signature');
  if (!id || !timestamp || !signatures)
    throw new WebhookVerificationError('missing webhook-id, webhook-timestamp or webhook-signature');
  const sentAt = Number(timestamp);
  const tolerance = options.toleranceSeconds ?? 300;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (!Number.isInteger(sentAt) || Math.abs(nowSeconds - sentAt) > tolerance) {
    throw new WebhookVerificationError(`webhook-timestamp is more than ${tolerance} s from now`);
  }
  const offered = signatures
    .split(' ')
    .filter((part) => part.startsWith('v1,'))
    .map((part) => {
      try {
        return base64Bytes(part.slice('v1,'.length));
      } catch {
        return new Uint8Array();
      }
    });
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  const signed = `${id}.${timestamp}.${options.body}`;
  for (const secret of secrets) {
    const expected = await signatureOf(secret, signed);
    if (offered.some((signature) => sameBytes(signature, expected))) return JSON.parse(options.body) as WebhookEvent;
  }
  throw new WebhookVerificationError('no signature matches the secret');
}
