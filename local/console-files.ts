import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import {
  CONSOLE_ENTRY_CACHE_CONTROL,
  CONSOLE_HASHED_ASSET_CACHE_CONTROL,
  CONSOLE_HASHED_ASSETS_DIR,
  consoleSecurityHeaders,
} from '../infra/config/console-headers.js';

export const CONSOLE_PATH = '/console/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A path segment as a file name; a malformed escape names no file. */
function decodedOrEmpty(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** The API is this server's own origin, so the console calls it by path alone. */
const LOCAL_CONFIG = JSON.stringify({ apiUrl: '' });

/**
 * Serves the built console under /console/ with the same security headers CloudFront sends, and a
 * `config.json` that points the console at this server. Answers 404 for anything outside the build folder.
 */
export async function serveConsole(consoleDir: string, pathname: string, response: ServerResponse): Promise<void> {
  if (pathname === '/console') {
    response.writeHead(308, { location: CONSOLE_PATH }).end();
    return;
  }
  const relative = pathname.slice(CONSOLE_PATH.length) || 'index.html';
  const headers = consoleSecurityHeaders('');
  if (relative === 'config.json') {
    response
      .writeHead(200, {
        ...headers,
        'content-type': CONTENT_TYPES['.json'],
        'cache-control': CONSOLE_ENTRY_CACHE_CONTROL,
      })
      .end(LOCAL_CONFIG);
    return;
  }
  const root = resolve(consoleDir);
  const file = resolve(root, decodedOrEmpty(relative));
  if (!file.startsWith(root + sep)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    const missingBuild = relative === 'index.html';
    response
      .writeHead(missingBuild ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' })
      .end(
        missingBuild ? 'The console is not built: run `npm run build:console` (npm start does it first).' : 'Not found',
      );
    return;
  }
  const hashed = relative.startsWith(`${CONSOLE_HASHED_ASSETS_DIR}/`);
  response
    .writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? CONSOLE_HASHED_ASSET_CACHE_CONTROL : CONSOLE_ENTRY_CACHE_CONTROL,
    })
    .end(body);
}
