import { putReward } from '../../shared/application/configure.js';
import { rewardBody } from '../../shared/schemas/admin.js';
import { httpHandler } from './http-handler.js';
import { rewardParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'put-reward',
  params: rewardParams,
  body: rewardBody,
  run: async ({ deps, params, body }) => {
    const { upsert, reward } = await putReward(deps, { rewardId: params.rewardId, ...body });
    return jsonResponse(upsert === 'created' ? 201 : 200, reward);
  },
});
