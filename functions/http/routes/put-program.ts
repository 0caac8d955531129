import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putProgram } from '../../../shared/application/configure.js';
import { programBody } from '../../../shared/schemas/admin.js';
import { programAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'put-program',
  method: 'PUT',
  path: '/v1/admin/program',
  access: 'admin',
  table: 'readWrite',
  body: programBody,
  errors: { 400: ['disclosure_required'] },
  summary: 'Configure the program',
  responses: [{ status: 200, description: 'The program as saved.', body: programAnswer }],
  audit: { target: () => null },
  run: async ({ deps, body, audit }) => jsonResponse(200, await putProgram(deps, body, audit)),
});

export const handler = lambdaHandler(route, rulesVersions);
