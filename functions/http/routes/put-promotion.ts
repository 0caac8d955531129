import { putPromotion } from '../../../shared/application/configure.js';
import { promotionBody } from '../../../shared/schemas/admin.js';
import { promotionAnswer } from '../../../shared/schemas/answers.js';
import { promotionParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertAnswers, upsertResponse } from '../responses.js';
import { defineRoute } from '../route.js';

/** Deployed, saving a promotion also creates its one-time schedules at `startsAt` and `endsAt`. */
export const route = defineRoute({
  name: 'put-promotion',
  method: 'PUT',
  path: '/v1/admin/promotions/{promotionId}',
  access: 'admin',
  table: 'readWrite',
  needs: ['promotionSchedules'],
  params: promotionParams,
  body: promotionBody,
  summary: 'Create or update a promotion',
  notes: '`endsAt` must be after `startsAt`.',
  responses: upsertAnswers('promotion', promotionAnswer),
  errors: { 400: ['disclosure_required'] },
  audit: { target: ({ params }) => params.promotionId },
  run: async ({ deps, params, body, audit }) => {
    const { upsert, promotion } = await putPromotion(deps, { promotionId: params.promotionId, ...body }, audit);
    return upsertResponse(upsert, promotion);
  },
});

export const handler = lambdaHandler(route);
