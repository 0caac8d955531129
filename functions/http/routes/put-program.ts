import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putProgram } from '../../../shared/application/configure.js';
import { programBody } from '../../../shared/schemas/admin.js';
import { programAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { deferredAnswer, noticedResponse } from '../deferral-answer.js';
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
  responses: [{ status: 200, description: 'The program as saved.', body: programAnswer }, deferredAnswer('program')],
  audit: { target: () => null },
  run: async ({ deps, body, audit }) => {
    const { saved, deferral } = await putProgram(deps, body, audit);
    return noticedResponse(deferral, () => jsonResponse(200, saved));
  },
});

export const handler = lambdaHandler(route, rulesVersions);
