import { listTasks } from '../../../shared/application/operator-reads.js';
import { taskListAnswer } from '../../../shared/schemas/answers.js';
import { listQuery } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'list-tasks',
  method: 'GET',
  path: '/v1/admin/tasks',
  access: 'admin',
  table: 'read',
  query: listQuery,
  summary: 'List tasks',
  responses: [{ status: 200, description: 'Every task as its PUT answers it, in taskId order.', body: taskListAnswer }],
  run: async ({ deps, query }) =>
    jsonResponse(200, await listTasks(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});

export const handler = lambdaHandler(route);
