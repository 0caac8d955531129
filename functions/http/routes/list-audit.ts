import { listAudit } from '../../../shared/application/audit.js';
import { auditListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-audit',
  method: 'GET',
  path: '/v1/admin/audit',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'Read the audit trail of operator writes',
  responses: [{ status: 200, description: 'Every successful operator write, newest first.', body: auditListAnswer }],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listAudit(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
