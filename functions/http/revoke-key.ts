import { revokeKey } from '../../shared/application/configure.js';
import { emptyBody } from '../../shared/schemas/common.js';
import { httpHandler } from './http-handler.js';
import { keyParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'revoke-key',
  body: emptyBody,
  params: keyParams,
  run: async ({ deps, params }) => {
    await revokeKey(deps, params.keyId);
    return jsonResponse(204, null);
  },
});
