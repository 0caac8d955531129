import * as z from 'zod/mini';
import { runJobByHand } from '../../../shared/application/jobs/index.js';
import { jobBody, jobName } from '../../../shared/schemas/admin.js';
import { jobResultAnswer } from '../../../shared/schemas/answers.js';
import { recordJobRun } from '../../middleware/observability.js';
import { lambdaHandler } from '../lambda-handler.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

/** Runs a job now, for `asOf` if given: the same code the schedules run. */
export const route = defineRoute({
  name: 'run-job',
  method: 'POST',
  path: '/v1/admin/jobs/{job}',
  access: 'admin',
  table: 'readWrite',
  params: z.object({ job: jobName }),
  body: jobBody,
  summary: 'Run a scheduled job now',
  responses: [{ status: 200, description: 'The job ran (the same code the schedule runs).', body: jobResultAnswer }],
  audit: { target: ({ params }) => params.job },
  run: async ({ deps, params, body, audit }) => {
    const asOf = body.asOf ? new Date(body.asOf) : deps.clock.now();
    const result = await runJobByHand(params.job, deps, asOf, audit!);
    recordJobRun(result.job, result.processed, result.changed);
    return jsonResponse(200, result);
  },
});

export const handler = lambdaHandler(route);
