import { enrolMember } from '../../../shared/application/members.js';
import { memberStatementAnswer } from '../../../shared/schemas/answers.js';
import { enrolBody } from '../../../shared/schemas/merchant.js';
import { memberParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'enrol-member',
  method: 'PUT',
  path: '/v1/members/{memberId}',
  access: 'merchant',
  table: 'readWrite',
  params: memberParams,
  body: enrolBody,
  summary: 'Enrol a member',
  responses: [
    { status: 200, description: 'The member was already enrolled; nothing changed.', body: memberStatementAnswer },
    { status: 201, description: 'The member was enrolled.', body: memberStatementAnswer },
  ],
  run: async ({ deps, params, body }) => {
    const { created, statement } = await enrolMember(deps, params.memberId, body.profile ?? null);
    return upsertResponse(created ? 'created' : 'updated', statement);
  },
});

export const handler = lambdaHandler(route);
