import { listRewards } from '../../shared/application/catalog.js';
import { rewardsQuery } from '../../shared/schemas/merchant.js';
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'list-rewards',
  query: rewardsQuery,
  run: async ({ deps, query }) =>
    jsonResponse(200, await listRewards(deps, query.memberId ?? null, { limit: query.limit, cursor: query.cursor ?? null })),
});
