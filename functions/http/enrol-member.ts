import { enrolMember } from '../../shared/application/members.js';
import { enrolBody } from '../../shared/schemas/merchant.js';
import { httpHandler } from './http-handler.js';
import { memberParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'enrol-member',
  params: memberParams,
  body: enrolBody,
  run: async ({ deps, params, body }) => {
    const { created, statement } = await enrolMember(deps, params.memberId, body.profile ?? null);
    return jsonResponse(created ? 201 : 200, statement);
  },
});
