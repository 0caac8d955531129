import { issueSpendCode } from '../../../shared/application/spend-codes.js';
import { spendCodeAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { operatorChangesMember } from '../member-change.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'issue-spend-code',
  method: 'POST',
  path: '/v1/admin/members/{memberId}/spend-codes',
  ...operatorChangesMember,
  summary: "Issue a member's one-time spend code",
  notes:
    "For the operator's member app, once it has authenticated the member: 8 digits, valid 120 s for one spend at any merchant where the program asks for the member's consent. A new code voids the previous one; only its hash is kept, and the audit trail records the issue without the code.",
  responses: [{ status: 201, description: 'The code, shown once.', body: spendCodeAnswer }],
  run: async ({ deps, params, audit }) => jsonResponse(201, await issueSpendCode(deps, params.memberId, audit)),
});

export const handler = lambdaHandler(route);
