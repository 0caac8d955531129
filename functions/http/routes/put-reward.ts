import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putReward } from '../../../shared/application/configure.js';
import { rewardBody } from '../../../shared/schemas/admin.js';
import { rewardAnswer } from '../../../shared/schemas/answers.js';
import { rewardParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertRoute } from '../upsert-route.js';

export const route = upsertRoute({
  name: 'put-reward',
  path: '/v1/admin/rewards/{rewardId}',
  params: rewardParams,
  body: rewardBody,
  summary: 'Create or update a reward',
  answer: rewardAnswer,
  what: 'reward',
  errors: { 400: ['disclosure_required'] },
  audit: { target: ({ params }) => params.rewardId },
  noticed: true,
  save: (deps, params, body, audit) => putReward(deps, { rewardId: params.rewardId, ...body }, audit),
});

export const handler = lambdaHandler(route, rulesVersions);
