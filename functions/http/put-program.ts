import { putProgram } from '../../shared/application/configure.js';
import { programBody } from '../../shared/schemas/admin.js';
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'put-program',
  body: programBody,
  run: async ({ deps, body }) => jsonResponse(200, await putProgram(deps, body)),
});
