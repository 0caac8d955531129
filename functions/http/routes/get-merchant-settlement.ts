import { merchantStatement } from '../../../shared/application/settlement.js';
import { statementAnswer } from '../../../shared/schemas/answers.js';
import { statementWindow } from '../../../shared/schemas/common.js';
import { merchantParams } from '../../../shared/schemas/params.js';
import { lambdaHandler } from '../lambda-handler.js';
import { defineRoute } from '../route.js';
import { statementResponse } from '../settlement-answer.js';

export const route = defineRoute({
  name: 'get-merchant-settlement',
  method: 'GET',
  path: '/v1/admin/settlements/{merchantId}',
  access: 'admin',
  table: 'read',
  params: merchantParams,
  query: statementWindow,
  summary: "A merchant's settlement statement",
  notes: '`from` before `to`, at most 366 days apart. `Accept: text/csv` answers one line per day and a total line.',
  responses: [
    {
      status: 200,
      description: 'What the merchant issued and honoured in `[from, to)`, and the net.',
      body: statementAnswer,
      csv: true,
    },
  ],
  errors: { 404: ['merchant_not_found'] },
  run: async ({ deps, params, query, header }) =>
    statementResponse(await merchantStatement(deps, params.merchantId, query), header('accept')),
});

export const handler = lambdaHandler(route);
