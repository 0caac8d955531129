import { setBirthday } from '../../../shared/application/birthdays.js';
import { birthdayBody } from '../../../shared/schemas/admin.js';
import { birthdayAnswer } from '../../../shared/schemas/answers.js';
import { lambdaHandler } from '../lambda-handler.js';
import { operatorChangesMember } from '../member-change.js';
import { jsonResponse } from '../responses.js';
import { defineRoute } from '../route.js';

export const route = defineRoute({
  name: 'set-birthday',
  method: 'PUT',
  path: '/v1/admin/members/{memberId}/birthday',
  ...operatorChangesMember,
  body: birthdayBody,
  summary: "Record a member's birthday",
  responses: [
    {
      status: 200,
      description: 'The birthday as recorded, with when it last changed and the day its bonus was last paid.',
      body: birthdayAnswer,
    },
  ],
  run: async ({ deps, params, body, audit }) =>
    jsonResponse(200, await setBirthday(deps, params.memberId, body.month, body.day, audit)),
});

export const handler = lambdaHandler(route);
