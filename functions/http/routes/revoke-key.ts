import { revokeKey } from '../../../shared/application/configure.js';
import { emptyBody } from '../../../shared/schemas/common.js';
import { keyParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'revoke-key',
  method: 'DELETE',
  path: '/v1/admin/keys/{keyId}',
  access: 'admin',
  table: 'readWrite',
  params: keyParams,
  body: emptyBody,
  summary: 'Revoke a merchant API key',
  responses: [{ status: 204, description: 'The key was revoked; it stops working at once.' }],
  errors: { 404: ['not_found'] },
  audit: { target: ({ params }) => params.keyId },
  run: async ({ deps, params, audit }) => {
    await revokeKey(deps, params.keyId, audit);
    return jsonResponse(204, null);
  },
});

export const handler = lambdaHandler(route);
