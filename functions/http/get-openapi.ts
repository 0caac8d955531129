import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import document from '../../openapi.json' with { type: 'json' };
import { observability } from '../middleware/observability.js';
import { problemResponses } from '../middleware/problem-responses.js';
import { routes } from './routes.js';

const NAME = 'get-openapi';
const route = routes.find((candidate) => candidate.handler === NAME);
if (!route) throw new Error(`no route in the route table for handler ${NAME}`);

/** Serialised once per container: the document only changes with a deploy. */
const body = JSON.stringify(document);

/**
 * Serves the committed `openapi.json` (bundled into the function); `npm run openapi` regenerates it.
 * A public route that reads no input and no table, so it is not an `httpHandler`: without
 * authentication, validation, zod and the DynamoDB adapter its bundle stays under 150 KB with
 * the 80 KB document in it. `spec` is what `openapi-document.ts` reads of every handler.
 */
export const handler = Object.assign(
  middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2>()
    .use(observability(NAME))
    .use(problemResponses())
    .handler(async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body })),
  { spec: { name: NAME, route } },
);
