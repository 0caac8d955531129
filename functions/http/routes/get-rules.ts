import { programRules } from '../../../shared/application/catalog.js';
import { rulesAnswer } from '../../../shared/schemas/answers.js';
import { cacheableJsonResponse, PUBLIC_MAX_AGE_SECONDS } from '../cacheable-response.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-rules',
  method: 'GET',
  path: '/v1/rules',
  access: 'public',
  table: 'read',
  summary: 'The public rules page',
  notes: `Served from the configuration each server keeps, its version checked at most once a second, with \`ETag\` and \`Cache-Control: public, max-age=${PUBLIC_MAX_AGE_SECONDS}\`: a change shows within ${PUBLIC_MAX_AGE_SECONDS + 1} seconds. \`If-None-Match\` with the current ETag is answered 304 without a body.`,
  responses: [
    { status: 200, description: 'The program’s rules, disclosures and conditions, word for word.', body: rulesAnswer },
    { status: 304, description: 'Not modified: the ETag in `If-None-Match` is still the current one.' },
  ],
  run: async ({ deps, header }) => cacheableJsonResponse(JSON.stringify(await programRules(deps)), header('if-none-match')),
});

export const handler = lambdaHandler(route);
