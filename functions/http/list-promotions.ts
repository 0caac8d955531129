import { listPromotions } from '../../shared/application/configure.js';
import { listQuery } from '../../shared/schemas/common.js';
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'list-promotions',
  query: listQuery,
  run: async ({ deps, query }) =>
    jsonResponse(200, await listPromotions(deps, { limit: query.limit, cursor: query.cursor ?? null })),
});
