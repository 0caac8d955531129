import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putBadgeSet } from '../../../shared/application/engagement-config.js';
import { badgeSetBody } from '../../../shared/schemas/admin.js';
import { badgeSetAnswer } from '../../../shared/schemas/answers.js';
import { badgeSetParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertRoute } from '../upsert-route.js';

/** Badges whose completion pays a prize once; unknown badges are refused naming each. */
export const route = upsertRoute({
  name: 'put-badge-set',
  path: '/v1/admin/badge-sets/{setId}',
  params: badgeSetParams,
  body: badgeSetBody,
  summary: 'Create or update a badge set',
  answer: badgeSetAnswer,
  what: 'badge set',
  errors: { 400: ['disclosure_required'] },
  audit: { target: ({ params }) => params.setId },
  save: (deps, params, body, audit) => putBadgeSet(deps, { setId: params.setId, ...body }, audit),
});

export const handler = lambdaHandler(route, rulesVersions);
