import { clearFlag } from '../../../shared/application/flags.js';
import { clearFlagBody } from '../../../shared/schemas/admin.js';
import { flagAnswer } from '../../../shared/schemas/answers.js';
import { flagParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'clear-flag',
  method: 'POST',
  path: '/v1/admin/flags/{flagId}/clear',
  access: 'admin',
  table: 'readWrite',
  params: flagParams,
  body: clearFlagBody,
  summary: 'Clear a flag',
  notes: 'The flag stays on record with `status: "cleared"`; clearing it again is 200 too.',
  responses: [{ status: 200, description: 'The flag, cleared.', body: flagAnswer }],
  errors: { 404: ['flag_not_found'] },
  audit: { target: ({ params }) => params.flagId },
  run: async ({ deps, params, audit }) => jsonResponse(200, await clearFlag(deps, params.flagId, audit)),
});

export const handler = lambdaHandler(route);
