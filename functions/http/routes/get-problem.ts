import * as z from 'zod/mini';
import { isErrorCode } from '../../../shared/domain/error-catalogue.js';
import { RouteNotFoundError } from '../../middleware/http-errors.js';
import { lambdaHandler } from '../lambda-handler.js';
import { problemPage } from '../problem-page.js';
import { defineRoute } from '../route.js';

/** Where a problem's `type` leads: one page per code of the error catalogue, no key needed. */
export const route = defineRoute({
  name: 'get-problem',
  method: 'GET',
  path: '/problems/{code}',
  access: 'public',
  table: 'none',
  params: z.object({ code: z.string() }),
  summary: 'What an error code means',
  notes:
    'The page a problem+json `type` names: the code, its status, its meaning and whether it is remembered under the Idempotency-Key.',
  responses: [{ status: 200, description: 'The code’s page, as HTML.', html: true }],
  errors: { 404: ['not_found'] },
  run: async ({ params }) => {
    // Any code the catalogue lacks is a page that does not exist, not a bad request.
    if (!isErrorCode(params.code)) throw new RouteNotFoundError(`/problems/${params.code}`);
    return {
      statusCode: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600' },
      body: problemPage(params.code),
    };
  },
});

export const handler = lambdaHandler(route);
