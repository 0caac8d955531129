import { listActivity } from '../../../shared/application/members.js';
import { activityListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { memberParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-activity',
  method: 'GET',
  path: '/v1/members/{memberId}/activity',
  access: 'merchant',
  table: 'read',
  params: memberParams,
  query: listQuery,
  summary: "List a member's activity",
  responses: [
    {
      status: 200,
      description: 'The member’s ledger entries, newest first (a merchant sees its own).',
      body: activityListAnswer,
    },
  ],
  errors: { 404: ['member_not_found'] },
  run: async ({ deps, caller, params, query }) =>
    jsonResponse(
      200,
      await listActivity(deps, caller, params.memberId, { limit: query.limit, cursor: query.cursor ?? null }),
    ),
});

export const handler = lambdaHandler(route);
