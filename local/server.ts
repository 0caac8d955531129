import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { fallbackHandler } from '../functions/http/fallback.js';
import { httpHandler, MAX_BODY_BYTES } from '../functions/http/http-handler.js';
import { matchRoute } from '../functions/http/match-route.js';
import type { RouteDeclaration } from '../functions/http/route.js';
import { isStatic, staticHandler } from '../functions/http/static-handler.js';
import type { Deps } from '../shared/application/deps.js';
import { CONSOLE_PATH, serveConsole } from './console-files.js';

type LambdaHandler = ReturnType<typeof httpHandler>;

/** Each route's handler as its Lambda builds it, with the local dependencies instead of the production ones. */
interface ServedRoute {
  route: RouteDeclaration;
  method: RouteDeclaration['method'];
  path: string;
  handler: LambdaHandler;
}

/** Reads at most one byte past the limit, so an oversized body is refused without being held in memory. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
    size += buffer.length;
  }
  if (size === 0) return undefined;
  return Buffer.concat(chunks)
    .subarray(0, MAX_BODY_BYTES + 1)
    .toString('utf8');
}

/** Joins repeated headers with commas, as API Gateway's payload v2 does. */
function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i]!.toLowerCase();
    const value = request.rawHeaders[i + 1]!;
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  return headers;
}

function queryOf(url: URL): Record<string, string> | undefined {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  return Object.keys(query).length > 0 ? query : undefined;
}

function lambdaContext(functionName: string, requestId: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function answer(
  served: readonly ServedRoute[],
  fallback: LambdaHandler,
  consoleDir: string | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  if (url.pathname === '/local/health') {
    // A route that does no DynamoDB work: the benchmarks' baseline.
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  if (
    consoleDir !== undefined &&
    method === 'GET' &&
    (url.pathname === '/console' || url.pathname.startsWith(CONSOLE_PATH))
  ) {
    await serveConsole(consoleDir, url.pathname, response);
    return;
  }
  const match = matchRoute(served, method, url.pathname);
  const handlerName = match.kind === 'matched' ? match.route.route.name : 'fallback';
  const requestId = randomUUID();
  const now = new Date();
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: match.kind === 'matched' ? `${method} ${match.route.path}` : '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers: headersOf(request),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: request.headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: match.kind === 'matched' ? `${method} ${match.route.path}` : '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
  const query = queryOf(url);
  if (query) event.queryStringParameters = query;
  if (match.kind === 'matched' && Object.keys(match.params).length > 0) event.pathParameters = match.params;
  const body = await readBody(request);
  if (body !== undefined) event.body = body;

  const handler = match.kind === 'matched' ? match.route.handler : fallback;
  const result = (await handler(
    event,
    lambdaContext(`jifen-${handlerName}`, requestId),
  )) as APIGatewayProxyStructuredResultV2;
  response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
  response.end(result.body ?? '');
}

/** Serves the routes over HTTP with the same handlers the Lambdas run, given `deps`, and the console's built files. */
export async function startServer(options: {
  port: number;
  host?: string;
  routes: readonly RouteDeclaration[];
  deps: Deps;
  /** The built console (`npm run build:console`), served at /console/; none when absent. */
  consoleDir?: string;
}): Promise<{ url: string; server: Server }> {
  const { port, host = '127.0.0.1', routes, deps, consoleDir } = options;
  const served = routes.map((route) => ({
    route,
    method: route.method,
    path: route.path,
    handler: isStatic(route) ? (staticHandler(route) as LambdaHandler) : httpHandler(route, () => deps),
  }));
  const fallback = fallbackHandler(routes);
  const server = createServer((request, response) => {
    answer(served, fallback, consoleDir, request, response).catch((error: unknown) => {
      console.error('local server error', error);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/problem+json' });
        response.end(
          JSON.stringify({
            type: '/problems/internal_error',
            title: 'Internal Server Error',
            status: 500,
            code: 'internal_error',
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://${host}:${actualPort}`, server };
}
