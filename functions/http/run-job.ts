import * as z from 'zod/mini';
import { runJob } from '../../shared/application/jobs/index.js';
import { jobBody, jobName } from '../../shared/schemas/admin.js';
import { recordJobRun } from '../middleware/observability.js';
import { httpHandler } from './http-handler.js';
import { jsonResponse } from './responses.js';

/** Runs a job now, for `asOf` if given: the same code the schedules run. */
export const handler = httpHandler({
  name: 'run-job',
  params: z.object({ job: jobName }),
  body: jobBody,
  run: async ({ deps, params, body }) => {
    const asOf = body.asOf ? new Date(body.asOf) : deps.clock.now();
    const result = await runJob(params.job, deps, asOf);
    recordJobRun(result.job, result.processed, result.changed);
    return jsonResponse(200, result);
  },
});
