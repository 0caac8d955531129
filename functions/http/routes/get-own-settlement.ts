import { merchantIdOf } from '../../../shared/application/deps.js';
import { merchantStatement } from '../../../shared/application/settlement.js';
import { statementAnswer } from '../../../shared/schemas/answers.js';
import { statementWindow } from '../../../shared/schemas/common.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';
import { statementResponse } from '../settlement-answer.js';

/** A merchant's own statement; the operator reads any merchant's through the admin route. */
export const route = defineRoute({
  name: 'get-own-settlement',
  method: 'GET',
  path: '/v1/settlement',
  access: 'merchantOnly',
  table: 'read',
  query: statementWindow,
  summary: "The calling merchant's settlement statement",
  notes: '`from` before `to`, at most 366 days apart. `Accept: text/csv` answers one line per day and a total line.',
  responses: [
    {
      status: 200,
      description: 'What this merchant issued and honoured in `[from, to)`, and the net.',
      body: statementAnswer,
      csv: true,
    },
  ],
  run: async ({ deps, caller, query, header }) =>
    statementResponse(await merchantStatement(deps, merchantIdOf(caller), query), header('accept')),
});

export const handler = lambdaHandler(route);
