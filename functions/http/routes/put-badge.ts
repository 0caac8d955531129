import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { putBadge } from '../../../shared/application/engagement-config.js';
import { badgeBody } from '../../../shared/schemas/admin.js';
import { badgeAnswer } from '../../../shared/schemas/answers.js';
import { badgeParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { upsertRoute } from '../upsert-route.js';

/** A badge for completing a task a number of times; the next completion awards it to whoever has done enough. */
export const route = upsertRoute({
  name: 'put-badge',
  path: '/v1/admin/badges/{badgeId}',
  params: badgeParams,
  body: badgeBody,
  summary: 'Create or update a badge',
  answer: badgeAnswer,
  what: 'badge',
  errors: { 400: ['disclosure_required'] },
  audit: { target: ({ params }) => params.badgeId },
  save: (deps, params, body, audit) => putBadge(deps, { badgeId: params.badgeId, ...body }, audit),
});

export const handler = lambdaHandler(route, rulesVersions);
