import { putTiers } from '../../shared/application/configure.js';
import { tiersBody } from '../../shared/schemas/admin.js';
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'put-tiers',
  body: tiersBody,
  run: async ({ deps, body }) => jsonResponse(200, await putTiers(deps, body.tiers)),
});
