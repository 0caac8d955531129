import { listActivity } from '../../shared/application/members.js';
import { listQuery } from '../../shared/schemas/common.js';
import { httpHandler } from './http-handler.js';
import { memberParams } from './params.js';
import { jsonResponse } from './responses.js';

export const handler = httpHandler({
  name: 'list-activity',
  params: memberParams,
  query: listQuery,
  run: async ({ deps, caller, params, query }) =>
    jsonResponse(200, await listActivity(deps, caller, params.memberId, { limit: query.limit, cursor: query.cursor ?? null })),
});
