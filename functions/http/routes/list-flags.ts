import { listFlags } from '../../../shared/application/flags.js';
import { flagsQuery } from '../../../shared/schemas/admin.js';
import { flagListAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-flags',
  method: 'GET',
  path: '/v1/admin/flags',
  access: 'admin',
  table: 'read',
  query: flagsQuery,
  summary: 'List flags raised by velocity limits',
  notes: 'Without `status`, open and cleared flags; without `memberId`, every member’s. Newest first.',
  responses: [{ status: 200, description: 'Flags, newest first.', body: flagListAnswer }],
  run: async ({ deps, query }) =>
    jsonResponse(
      200,
      await listFlags(
        deps,
        { status: query.status ?? null, memberId: query.memberId ?? null },
        { limit: query.limit, cursor: query.cursor ?? null },
      ),
    ),
});

export const handler = lambdaHandler(route);
