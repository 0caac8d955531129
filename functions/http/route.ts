/**
 * A route is one declaration: everything the route table, the CDK stack, the
 * OpenAPI document, the metrics and the local server need to know about it.
 * Each lives in its own file under `functions/http/routes/`, next to its handler.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Access } from '../../shared/application/access.js';
import type { PendingKey } from '../../shared/application/authenticate.js';
import type { Caller, Deps } from '../../shared/application/deps.js';
import type { AuditRecord } from '../../shared/domain/audit.js';
import type { ErrorCode } from '../../shared/domain/error-catalogue.js';
import type { NamedSchema } from '../../shared/schemas/answers.js';

export type { Access };
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** What a route's function may do on the ledger table (least privilege as data). */
export type TableAccess = 'none' | 'read' | 'readWrite';

/** AWS resources beyond the table that a route's function needs (environment and grants come with it). */
export type Capability = 'promotionSchedules' | 'webhookDeliveries';

export interface SuccessResponse {
  status: number;
  description: string;
  body?: NamedSchema;
  /** Also answers `text/csv` when the request's Accept header asks for it. */
  csv?: boolean;
  /** Answers `text/html` (a page for people), not JSON. */
  html?: boolean;
}

/** problem+json codes by status; each status must be its code's status in the catalogue (the OpenAPI build checks). */
export type ErrorCodes = Partial<Record<number, readonly ErrorCode[]>>;

type Schema = z.ZodMiniType;

export interface RouteInput<B, P, Q> {
  deps: Deps;
  caller: Caller;
  body: B;
  params: P;
  query: Q;
  /** Present on idempotent routes. */
  idempotency: { key: string; requestHash: string };
  /** A request header, by case-insensitive name. */
  header: (name: string) => string | undefined;
  /** Present on operator writes (routes that declare `audit`): the line to record with the change. */
  audit?: AuditRecord;
  /** On routes that declare `checksKeyItself`: the caller's key when it is still to be checked; hand it to the use case. */
  keyCheck?: PendingKey | null;
}

export interface RouteDeclaration<B extends Schema = Schema, P extends Schema = Schema, Q extends Schema = Schema> {
  /** The operation id; also the function, log and metric name. */
  name: string;
  method: HttpMethod;
  /** API Gateway path syntax: `{name}` is a path parameter. */
  path: string;
  access: Access;
  table: TableAccess;
  needs?: readonly Capability[];
  params?: P;
  query?: Q;
  body?: B;
  /** Moves points: an Idempotency-Key header is required. */
  idempotent?: boolean;
  /**
   * Its use case checks a merchant key the container already knows in the
   * read it makes anyway (one round trip instead of two): `run` gets it as
   * `keyCheck` and must hand it on. A request answered without that check
   * fails (500), so a forgotten hand-over shows in every test.
   */
  checksKeyItself?: boolean;
  summary: string;
  /** What JSON Schema cannot say about the request. */
  notes?: string;
  responses: readonly SuccessResponse[];
  /** Refusals the use case decides, beyond what access, validation and idempotency imply. */
  errors?: ErrorCodes;
  /** Emitted with the `points` of a 201 answer (never for a replay). */
  pointsMetric?: string;
  /**
   * Declared by every operator write, which is recorded in the audit trail
   * atomically with its change: `target` picks the id it acts on from the
   * input (null for the program and tiers). `run` hands the line it gets
   * (`audit`) to its use case, which hands it to the store's write.
   */
  audit?: { target: (input: { params: z.output<P>; body: z.output<B> }) => string | null };
  run: (input: RouteInput<z.output<B>, z.output<P>, z.output<Q>>) => Promise<APIGatewayProxyStructuredResultV2>;
}

/** Types `run`'s input from the declared schemas. */
export function defineRoute<B extends Schema = Schema, P extends Schema = Schema, Q extends Schema = Schema>(
  route: RouteDeclaration<B, P, Q>,
): RouteDeclaration {
  return route as unknown as RouteDeclaration;
}

export function routeKey(route: Pick<RouteDeclaration, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
