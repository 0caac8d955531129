import document from '../../openapi.json' with { type: 'json' };
import { httpHandler } from './http-handler.js';

/** Serialised once per container: the document only changes with a deploy. */
const body = JSON.stringify(document);

/** Serves the committed `openapi.json` (bundled into the function); `npm run openapi` regenerates it. */
export const handler = httpHandler({
  name: 'get-openapi',
  run: async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body }),
});
