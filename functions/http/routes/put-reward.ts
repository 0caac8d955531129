import { putReward } from '../../../shared/application/configure.js';
import { rewardBody } from '../../../shared/schemas/admin.js';
import { rewardAnswer } from '../../../shared/schemas/answers.js';
import { rewardParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertAnswers, upsertResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'put-reward',
  method: 'PUT',
  path: '/v1/admin/rewards/{rewardId}',
  access: 'admin',
  table: 'readWrite',
  params: rewardParams,
  body: rewardBody,
  summary: 'Create or update a reward',
  responses: upsertAnswers('reward', rewardAnswer),
  errors: { 400: ['disclosure_required'] },
  audit: { target: ({ params }) => params.rewardId },
  run: async ({ deps, params, body, audit }) => {
    const { upsert, reward } = await putReward(deps, { rewardId: params.rewardId, ...body }, audit);
    return upsertResponse(upsert, reward);
  },
});

export const handler = lambdaHandler(route);
