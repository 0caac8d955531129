import { setFrozen } from '../../shared/application/members.js';
import { freezeBody } from '../../shared/schemas/admin.js';
import { httpHandler } from './http-handler.js';
import { memberParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'unfreeze-member',
  params: memberParams,
  body: freezeBody,
  run: async ({ deps, params, body }) => jsonResponse(200, await setFrozen(deps, params.memberId, false, body.reason)),
});
