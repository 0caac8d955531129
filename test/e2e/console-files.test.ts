import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { bootLocal, type LocalJifen } from '../../local/boot.js';
import { TEST_ADMIN_KEY } from '../helpers/dynamo.js';

/** A raw GET, so a path like /console/../x reaches the server unnormalized. */
function rawGet(
  url: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe("Local server: the console's files at /console/", () => {
  const consoleDir = mkdtempSync(join(tmpdir(), 'jifen-console-files-'));
  let jifen: LocalJifen;

  beforeAll(async () => {
    mkdirSync(join(consoleDir, 'assets'));
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(consoleDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    jifen = await bootLocal({
      port: 0,
      adminKey: TEST_ADMIN_KEY,
      dynamo: { endpoint: inject('dynamoEndpoint'), stop: async () => undefined },
      tableName: `jifen-console-files-${crypto.randomUUID()}`,
      consoleDir,
    });
  });

  afterAll(async () => {
    await jifen?.stop();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  it('serves index.html with the content security policy and no caching, and redirects /console to /console/', async () => {
    const page = await rawGet(jifen.url, '/console/');
    const bare = await rawGet(jifen.url, '/console');

    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>console</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect([bare.status, bare.headers.location]).toEqual([308, '/console/']);
  });

  it('points the console at this server through config.json, and caches hashed assets for good', async () => {
    const config = await rawGet(jifen.url, '/console/config.json');
    const asset = await rawGet(jifen.url, '/console/assets/index-abc123.js');

    expect(JSON.parse(config.body)).toEqual({ apiUrl: '' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a missing file and for any path that leaves the console folder', async () => {
    for (const path of [
      '/console/nothing.js',
      '/console/../package.json',
      '/console/%2e%2e/package.json',
      '/console/%E0%A4%A',
    ]) {
      const answer = await rawGet(jifen.url, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('"name"');
    }
  });
});
