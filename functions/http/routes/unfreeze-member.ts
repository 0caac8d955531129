import { setFrozen } from '../../../shared/application/members.js';
import { freezeBody } from '../../../shared/schemas/admin.js';
import { memberStatementAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { operatorChangesMember } from '../member-change.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'unfreeze-member',
  method: 'POST',
  path: '/v1/admin/members/{memberId}/unfreeze',
  ...operatorChangesMember,
  body: freezeBody,
  summary: 'Unfreeze a member',
  responses: [{ status: 200, description: 'The member, no longer frozen.', body: memberStatementAnswer }],
  run: async ({ deps, params, body, audit }) =>
    jsonResponse(200, await setFrozen(deps, params.memberId, false, body.reason, audit)),
});

export const handler = lambdaHandler(route);
