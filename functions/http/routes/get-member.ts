import { getMember } from '../../../shared/application/members.js';
import { memberStatementAnswer } from '../../../shared/schemas/answers.js';
import { memberParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-member',
  method: 'GET',
  path: '/v1/members/{memberId}',
  access: 'merchant',
  table: 'read',
  params: memberParams,
  summary: 'Read a member',
  responses: [
    {
      status: 200,
      description: 'The member’s balances, tier, expiring points and state.',
      body: memberStatementAnswer,
    },
  ],
  errors: { 404: ['member_not_found'] },
  run: async ({ deps, params }) => jsonResponse(200, await getMember(deps, params.memberId)),
});

export const handler = lambdaHandler(route);
