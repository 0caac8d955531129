/**
 * The operator console's response headers, as plain data: CloudFront's response
 * headers policy (infra/constructs/console-hosting.ts) and the local server's
 * `/console/` both send these, so the console meets the same policy everywhere.
 * No CDK imports here: the local server imports this module.
 */

/** Two years (preload lists ask for at least one); browsers ignore the header on plain HTTP, so it is harmless locally. */
export const CONSOLE_HSTS_MAX_AGE_SECONDS = 63_072_000;

export const CONSOLE_STRICT_TRANSPORT_SECURITY = `max-age=${CONSOLE_HSTS_MAX_AGE_SECONDS}; includeSubDomains`;

/** `index.html` and `config.json` keep their names across releases: revalidated on every load. */
export const CONSOLE_ENTRY_CACHE_CONTROL = 'no-cache';

/** Vite names every file under `assets/` by its content hash, so a name never changes meaning. */
export const CONSOLE_HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Where Vite puts the content-hashed files (its `build.assetsDir` default). */
export const CONSOLE_HASHED_ASSETS_DIR = 'assets';

/**
 * The console's content security policy: everything from its own origin, no inline
 * script or style, and network calls only to itself and the API.
 * `apiOrigin` is `scheme://host[:port]` of the HTTP API, or `''` when the API is
 * the console's own origin (the local server).
 */
export function consoleContentSecurityPolicy(apiOrigin: string): string {
  // A space, quote, comma or semicolon would smuggle another source or directive into the policy.
  if (/[\s;,'"]/.test(apiOrigin))
    throw new Error(`Not an origin for a content security policy: ${JSON.stringify(apiOrigin)}`);
  const connectSources = apiOrigin === '' ? "'self'" : `'self' ${apiOrigin}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    `connect-src ${connectSources}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every security header of a console response, by lower-case name (cache control is per file, above). */
export function consoleSecurityHeaders(apiOrigin: string): Record<string, string> {
  return {
    'content-security-policy': consoleContentSecurityPolicy(apiOrigin),
    'strict-transport-security': CONSOLE_STRICT_TRANSPORT_SECURITY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
}
