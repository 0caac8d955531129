import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { ERROR_CATALOGUE, ERROR_CODES } from '../../shared/domain/error-catalogue.js';
import { expectProblem } from '../helpers/e2e-fixtures.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

/** A problem's `type` is `/problems/<code>`: it resolves, with no key, to that code's page from the catalogue. */
describe('E2E: problem type pages', () => {
  let jifen: LocalJifen;
  let api: ApiClient;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
  });

  afterAll(async () => jifen?.stop());

  it('serves a page for every code of the catalogue, with its status and whether it is remembered', async () => {
    for (const code of ERROR_CODES) {
      const page = await api.request('GET', `/problems/${code}`, { key: null });

      expect(page.status, code).toBe(200);
      expect(page.headers.get('content-type'), code).toMatch(/^text\/html/);
      expect(page.body, code).toContain(`<h1><code>${code}</code></h1>`);
      expect(page.body, code).toContain(`HTTP ${ERROR_CATALOGUE[code].status} `);
      expect(page.body, code).toContain(ERROR_CATALOGUE[code].remembered ? 'Remembered:' : 'Not remembered:');
    }
  });

  it("resolves the type of a refusal the API gives, relative to the API's own address", async () => {
    const refusal = await api.request('GET', '/v1/members/alice', { key: null });
    expectProblem(refusal, 401, 'unauthenticated');

    const page = await api.request('GET', refusal.body.type, { key: null });

    expect(page.status).toBe(200);
    expect(page.body).toContain('<code>unauthenticated</code>');
  });

  it('answers a code the catalogue lacks with 404 not_found', async () => {
    expectProblem(await api.request('GET', '/problems/no_such_code', { key: null }), 404, 'not_found');
  });
});
