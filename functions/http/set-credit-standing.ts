import { setCreditStanding } from '../../shared/application/members.js';
import { creditBody } from '../../shared/schemas/admin.js';
import { httpHandler } from './http-handler.js';
import { memberParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'set-credit-standing',
  params: memberParams,
  body: creditBody,
  run: async ({ deps, params, body }) => jsonResponse(200, await setCreditStanding(deps, params.memberId, body.standing)),
});
