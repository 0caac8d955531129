import { getProgram } from '../../../shared/application/configure.js';
import { programAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-program',
  method: 'GET',
  path: '/v1/admin/program',
  access: 'admin',
  table: 'read',
  summary: 'Read the program',
  responses: [
    {
      status: 200,
      description:
        'The program as in force now, with `upcoming` while changes wait for their notice date (defaults until the operator configures it).',
      body: programAnswer,
    },
  ],
  run: async ({ deps }) => jsonResponse(200, await getProgram(deps)),
});

export const handler = lambdaHandler(route);
