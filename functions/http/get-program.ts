import { getProgram } from '../../shared/application/configure.js';
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'get-program',
  run: async ({ deps }) => jsonResponse(200, await getProgram(deps)),
});
