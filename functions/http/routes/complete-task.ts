import { completeTask } from '../../../shared/application/complete-task.js';
import { completionAnswer } from '../../../shared/schemas/answers.js';
import { completionBody } from '../../../shared/schemas/merchant.js';
import { taskParams } from '../../../shared/schemas/params.js';
import { outcomeResponse } from '../responses.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'complete-task',
  method: 'POST',
  path: '/v1/tasks/{taskId}/completions',
  access: 'merchant',
  table: 'readWrite',
  idempotent: true,
  params: taskParams,
  body: completionBody,
  summary: 'Complete a task for a member',
  notes:
    'Awards the badges the completion earns and pays the prize of every badge set it completes, in the same transaction.',
  responses: [
    { status: 201, description: 'The completion, with the badges and sets it awarded.', body: completionAnswer },
  ],
  errors: {
    404: ['task_not_found', 'member_not_found'],
    403: ['member_frozen'],
    409: ['task_not_active', 'task_limit_reached'],
  },
  pointsMetric: 'TaskPointsAwarded',
  run: async ({ deps, caller, params, body, idempotency }) =>
    outcomeResponse(
      await completeTask(deps, {
        ...body,
        taskId: params.taskId,
        caller,
        idempotencyKey: idempotency.key,
        requestHash: idempotency.requestHash,
      }),
    ),
});

export const handler = lambdaHandler(route);
