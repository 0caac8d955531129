/**
 * The HTTP API as API Gateway would route it, built from the template's
 * `AWS::ApiGatewayV2::Route` and `Integration` resources alone: a route key
 * (`GET /v1/members/{memberId}`, `$default`) leads to its integration's function,
 * which gets the payload format 2.0 event.
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { CloudAssembly, Json } from '../helpers/cloud-assembly.js';
import type { DeployedFunction } from './deployed-functions.js';
import type { TemplateValues } from './template-values.js';

interface ApiRoute {
  method: string;
  segments: string[];
  fn: DeployedFunction;
}

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: Json;
}

export class DeployedApi {
  private readonly routes: ApiRoute[] = [];
  private readonly fallback: DeployedFunction;

  constructor(assembly: CloudAssembly, values: TemplateValues, functions: Map<string, DeployedFunction>) {
    let fallback: DeployedFunction | undefined;
    for (const { owner, resource } of assembly.resources('AWS::ApiGatewayV2::Route')) {
      const target = resource.Properties.Target['Fn::Join'][1][1].Ref as string;
      const integration = owner.template.Resources[target];
      if (integration.Properties.PayloadFormatVersion !== '2.0') throw new Error(`${target} is not payload format 2.0`);
      const arn = values.resolve(owner, integration.Properties.IntegrationUri) as string;
      const fn = functions.get(arn);
      if (!fn)
        throw new Error(
          `route ${resource.Properties.RouteKey} integrates ${arn}, which is no function of the assembly`,
        );
      const routeKey = resource.Properties.RouteKey as string;
      if (routeKey === '$default') {
        fallback = fn;
        continue;
      }
      const [method, path] = routeKey.split(' ') as [string, string];
      this.routes.push({ method, segments: path.split('/'), fn });
    }
    if (!fallback) throw new Error('no $default route');
    this.fallback = fallback;
  }

  get routeCount(): number {
    return this.routes.length;
  }

  /** The function a request would reach. */
  functionFor(method: string, path: string): DeployedFunction {
    return this.match(method, path)?.route.fn ?? this.fallback;
  }

  /** API Gateway's choice: the route with the most literal segments that matches, else `$default`. */
  private match(method: string, path: string): { route: ApiRoute; params: Record<string, string> } | null {
    const parts = path.split('/');
    let best: { route: ApiRoute; params: Record<string, string>; literals: number } | null = null;
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let literals = 0;
      const matches = route.segments.every((segment, i) => {
        if (segment.startsWith('{') && segment.endsWith('}')) {
          params[segment.slice(1, -1)] = decodeURIComponent(parts[i]!);
          return parts[i] !== '';
        }
        literals++;
        return segment === parts[i];
      });
      if (matches && (!best || literals > best.literals)) best = { route, params, literals };
    }
    return best;
  }

  async request(
    method: string,
    pathAndQuery: string,
    options: { headers?: Record<string, string>; body?: unknown } = {},
  ): Promise<ApiAnswer> {
    const url = new URL(pathAndQuery, 'https://api.local');
    const matched = this.match(method, url.pathname);
    const routeKey = matched ? `${method} ${matched.route.segments.join('/')}` : '$default';
    const now = new Date();
    const headers = Object.fromEntries(
      Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const event: APIGatewayProxyEventV2 = {
      version: '2.0',
      routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        domainName: 'api.local',
        domainPrefix: 'api',
        http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'artifacts-test' },
        requestId: randomUUID(),
        routeKey,
        stage: '$default',
        time: now.toISOString(),
        timeEpoch: now.getTime(),
      },
      isBase64Encoded: false,
    };
    if (url.search) {
      event.queryStringParameters = {};
      for (const [name, value] of url.searchParams) {
        event.queryStringParameters[name] =
          name in event.queryStringParameters ? `${event.queryStringParameters[name]},${value}` : value;
      }
    }
    if (matched && Object.keys(matched.params).length > 0) event.pathParameters = matched.params;
    if (options.body !== undefined) {
      event.body = JSON.stringify(options.body);
      event.headers['content-type'] ??= 'application/json';
    }
    const result = (await (matched?.route.fn ?? this.fallback).invoke(event)) as APIGatewayProxyStructuredResultV2;
    const text = result.body ?? '';
    const contentType = String(result.headers?.['content-type'] ?? '');
    return {
      status: result.statusCode ?? 200,
      headers: Object.fromEntries(
        Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]),
      ),
      body: contentType.includes('json') && text !== '' ? JSON.parse(text) : text,
    };
  }
}
