import document from '../../../openapi.json' with { type: 'json' };
import { openApiAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

/** Serialised once per container: the document only changes with a deploy. */
const body = JSON.stringify(document);

/** Serves the committed `openapi.json` (bundled into the function); `npm run openapi` regenerates it. */
export const route = defineRoute({
  name: 'get-openapi',
  method: 'GET',
  path: '/v1/openapi.json',
  access: 'public',
  table: 'none',
  summary: 'This OpenAPI document',
  responses: [{ status: 200, description: 'This document.', body: openApiAnswer }],
  run: async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body }),
});

export const handler = lambdaHandler(route);
