import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * How long a client or a shared cache may reuse a public read-mostly answer
 * without asking again; docs/api.md states it with the server's own bound.
 */
export const PUBLIC_MAX_AGE_SECONDS = 5;
const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`;
/**
 * For an answer that never changes (a past rules version's page, stored once):
 * a year, the longest HTTP caches honour, and `immutable` so a browser does not
 * revalidate it on reload.
 */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** A strong validator of exactly these bytes. */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header names `etag` (or `*`); weak validators compare by their opaque part, as RFC 9110 has GET do. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/**
 * A public JSON answer with its ETag and Cache-Control, or 304 with no body
 * when the client already holds these bytes.
 */
export function cacheableJsonResponse(
  text: string,
  ifNoneMatch: string | undefined,
  etag = etagOf(text),
  cacheControl = PUBLIC_CACHE_CONTROL,
): APIGatewayProxyStructuredResultV2 {
  const headers = { etag, 'cache-control': cacheControl };
  if (matchesEtag(ifNoneMatch, etag)) return { statusCode: 304, headers };
  return { statusCode: 200, headers: { 'content-type': 'application/json', ...headers }, body: text };
}
