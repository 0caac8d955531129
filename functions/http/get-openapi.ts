import document from '../../openapi.json' with { type: 'json' };
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

/** Serves the committed `openapi.json` (bundled into the function); `npm run openapi` regenerates it. */
export const handler = httpHandler({
  name: 'get-openapi',
  run: async () => jsonResponse(200, document),
});
