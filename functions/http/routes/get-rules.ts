import { rulesVersions } from '../../../shared/adapters/dynamodb/rules-versions.js';
import { currentRules, rulesAsOf, rulesOfVersion } from '../../../shared/application/rules.js';
import { rulesAnswer, rulesQuery } from '../../../shared/schemas/rules.js';
import { cacheableJsonResponse, IMMUTABLE_CACHE_CONTROL, PUBLIC_MAX_AGE_SECONDS } from '../cacheable-response.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'get-rules',
  method: 'GET',
  path: '/v1/rules',
  access: 'public',
  table: 'read',
  query: rulesQuery,
  summary: 'The public rules page, now or as it was',
  notes: [
    `Served from the configuration each server keeps, its version checked at most once a second, with \`ETag\` and \`Cache-Control: public, max-age=${PUBLIC_MAX_AGE_SECONDS}\`: a change shows within ${PUBLIC_MAX_AGE_SECONDS + 1} seconds. \`If-None-Match\` with the current ETag is answered 304 without a body.`,
    `\`?version=N\` answers the exact bytes version N’s page had when it took effect, which never change: \`Cache-Control: ${IMMUTABLE_CACHE_CONTROL}\`.`,
    '`?asOf=<time>` answers the page as it was at that moment: the version then in force, with the promotions and games whose window had closed by then left out, each promotion’s status at that moment, and each change waiting for its notice date applied once its date had come.',
  ].join(' '),
  responses: [
    {
      status: 200,
      description:
        'The program’s rules, disclosures and conditions, word for word, with the version they are and when it took effect; the values in force, and under `upcoming` the changes waiting for their notice date.',
      body: rulesAnswer,
    },
    { status: 304, description: 'Not modified: the ETag in `If-None-Match` is still the current one.' },
  ],
  errors: { 404: ['rules_version_not_found'] },
  run: async ({ deps, query, header }) => {
    const ifNoneMatch = header('if-none-match');
    if (query.version !== undefined)
      return cacheableJsonResponse(
        await rulesOfVersion(deps, query.version),
        ifNoneMatch,
        undefined,
        IMMUTABLE_CACHE_CONTROL,
      );
    if (query.asOf !== undefined)
      return cacheableJsonResponse(await rulesAsOf(deps, new Date(query.asOf)), ifNoneMatch);
    return cacheableJsonResponse(JSON.stringify(await currentRules(deps)), ifNoneMatch);
  },
});

export const handler = lambdaHandler(route, rulesVersions);
