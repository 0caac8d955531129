import { greenReport } from '../../../shared/application/green-report.js';
import { greenReportAnswer } from '../../../shared/schemas/answers.js';
import { memberParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-green-report',
  method: 'GET',
  path: '/v1/members/{memberId}/green-report',
  access: 'merchant',
  table: 'read',
  params: memberParams,
  summary: "A member's environmental report",
  responses: [
    {
      status: 200,
      description: 'Green points earned and spent, and the CO₂e of the member’s task completions.',
      body: greenReportAnswer,
    },
  ],
  errors: { 404: ['member_not_found'] },
  run: async ({ deps, params }) => jsonResponse(200, await greenReport(deps, params.memberId)),
});

export const handler = lambdaHandler(route);
