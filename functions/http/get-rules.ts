import { programRules } from '../../shared/application/catalog.js';
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'get-rules',
  run: async ({ deps }) => jsonResponse(200, await programRules(deps)),
});
