import { setCreditStanding } from '../../../shared/application/members.js';
import { creditBody } from '../../../shared/schemas/admin.js';
import { memberStatementAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { operatorChangesMember } from '../member-change.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'set-credit-standing',
  method: 'PUT',
  path: '/v1/admin/members/{memberId}/credit',
  ...operatorChangesMember,
  body: creditBody,
  summary: "Set a member's credit standing",
  responses: [{ status: 200, description: 'The member after the change.', body: memberStatementAnswer }],
  run: async ({ deps, params, body, audit }) =>
    jsonResponse(200, await setCreditStanding(deps, params.memberId, body.standing, audit)),
});

export const handler = lambdaHandler(route);
