import { getMember } from '../../shared/application/members.js';
import { httpHandler } from './http-handler.js';
import { memberParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'get-member',
  params: memberParams,
  run: async ({ deps, params }) => jsonResponse(200, await getMember(deps, params.memberId)),
});
