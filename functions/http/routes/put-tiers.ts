import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putTiers } from '../../../shared/application/configure.js';
import { tiersBody } from '../../../shared/schemas/admin.js';
import { tiersAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'put-tiers',
  method: 'PUT',
  path: '/v1/admin/tiers',
  access: 'admin',
  table: 'readWrite',
  body: tiersBody,
  summary: 'Replace the tiers',
  notes: 'The first (lowest) tier has `qualification: {}`; every other tier names at least one threshold.',
  responses: [{ status: 200, description: 'The tiers as saved, lowest first.', body: tiersAnswer }],
  audit: { target: () => null },
  run: async ({ deps, body, audit }) => jsonResponse(200, await putTiers(deps, body.tiers, audit)),
});

export const handler = lambdaHandler(route, rulesVersions);
