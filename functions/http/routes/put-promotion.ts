import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putPromotion } from '../../../shared/application/configure.js';
import { promotionBody } from '../../../shared/schemas/admin.js';
import { promotionAnswer } from '../../../shared/schemas/answers.js';
import { promotionParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertRoute } from '../upsert-route.js';

/** Deployed, saving a promotion also creates its one-time schedules at `startsAt` and `endsAt`. */
export const route = upsertRoute({
  name: 'put-promotion',
  path: '/v1/admin/promotions/{promotionId}',
  needs: ['promotionSchedules'],
  params: promotionParams,
  body: promotionBody,
  summary: 'Create or update a promotion',
  notes: '`endsAt` must be after `startsAt`.',
  answer: promotionAnswer,
  what: 'promotion',
  errors: { 400: ['disclosure_required'] },
  audit: { target: ({ params }) => params.promotionId },
  save: async (deps, params, body, audit) => {
    const { upsert, promotion } = await putPromotion(deps, { promotionId: params.promotionId, ...body }, audit);
    return { upsert, saved: promotion };
  },
});

export const handler = lambdaHandler(route, rulesVersions);
