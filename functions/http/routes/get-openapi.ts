import document from '../../../openapi.json' with { type: 'json' };
import type { NamedSchema } from '../../../shared/schemas/answers.js';
import { cacheableJsonResponse, etagOf } from '../cacheable-response.js';
import { defineRoute } from '../route.js';
import { staticHandler } from '../static-handler.js';

/** Plain JSON Schema: this function's bundle carries the 80 KB document and no zod. */
const openApiAnswer: NamedSchema = {
  name: 'OpenApiDocument',
  jsonSchema: {
    type: 'object',
    properties: { openapi: { type: 'string', const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
    required: ['openapi', 'info', 'paths'],
  },
};

/** Serialised and hashed once per container: the document only changes with a deploy. */
const body = JSON.stringify(document);
const etag = etagOf(body);

/** Serves the committed `openapi.json` (bundled into the function); `npm run openapi` regenerates it. */
export const route = defineRoute({
  name: 'get-openapi',
  method: 'GET',
  path: '/v1/openapi.json',
  access: 'public',
  table: 'none',
  summary: 'This OpenAPI document',
  responses: [
    { status: 200, description: 'This document.', body: openApiAnswer },
    { status: 304, description: 'Not modified: the ETag in `If-None-Match` is still the current one.' },
  ],
  run: async ({ header }) => cacheableJsonResponse(body, header('if-none-match'), etag),
});

/** Its bundle carries the 80 KB document, so it leaves out what it never uses (auth, validation, the store). */
export const handler = staticHandler(route);
