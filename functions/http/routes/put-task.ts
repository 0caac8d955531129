import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putTask } from '../../../shared/application/engagement-config.js';
import { taskBody } from '../../../shared/schemas/admin.js';
import { taskAnswer } from '../../../shared/schemas/answers.js';
import { taskParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertRoute } from '../upsert-route.js';

/** Completing a task credits its points, within its window and its limit per member and period. */
export const route = upsertRoute({
  name: 'put-task',
  path: '/v1/admin/tasks/{taskId}',
  params: taskParams,
  body: taskBody,
  summary: 'Create or update a task',
  answer: taskAnswer,
  what: 'task',
  errors: { 400: ['disclosure_required'] },
  audit: { target: ({ params }) => params.taskId },
  save: (deps, params, body, audit) => putTask(deps, { taskId: params.taskId, ...body }, audit),
});

export const handler = lambdaHandler(route, rulesVersions);
