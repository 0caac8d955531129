import { programRules } from '../../../shared/application/catalog.js';
import { rulesAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-rules',
  method: 'GET',
  path: '/v1/rules',
  access: 'public',
  table: 'read',
  summary: 'The public rules page',
  responses: [{ status: 200, description: 'The program’s rules, disclosures and conditions, word for word.', body: rulesAnswer }],
  run: async ({ deps }) => jsonResponse(200, await programRules(deps)),
});

export const handler = lambdaHandler(route);
