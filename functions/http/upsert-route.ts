import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Deps } from '../../shared/application/deps.js';
import type { AuditRecord } from '../../shared/domain/audit.js';
import type { Deferral } from '../../shared/application/configure.js';
import type { NamedSchema } from '../../shared/schemas/answers.js';
import { deferredAnswer, noticedResponse } from './deferral-answer.js';
import { upsertAnswers, upsertResponse } from './responses.js';
import { defineRoute, type RouteDeclaration } from './route.js';

type Schema = z.ZodMiniType;

/** What differs between the operator's PUTs of one configuration object. */
export interface UpsertRoute<B extends Schema, P extends Schema>
  extends Pick<
    RouteDeclaration<B, P>,
    'name' | 'path' | 'params' | 'body' | 'summary' | 'notes' | 'errors' | 'needs' | 'audit'
  > {
  /** The saved object's shape, and what it is called in the answers' descriptions. */
  answer: NamedSchema;
  what: string;
  /** Some of its changes may wait for the program's notice days (shared/domain/notice.ts): it may answer 202. */
  noticed?: true;
  /** Saves the object with the operator action's audit line, in one write; `deferral`: what of it waits, if anything. */
  save: (
    deps: Deps,
    params: z.output<P>,
    body: z.output<B>,
    audit: AuditRecord | undefined,
  ) => Promise<{ upsert: 'created' | 'updated'; saved: unknown; deferral?: Deferral | null }>;
}

/**
 * An operator's PUT of one configuration object: 201 with it when created, 200
 * when replaced, 202 with what waits when a change needs notice.
 */
export function upsertRoute<B extends Schema, P extends Schema>(route: UpsertRoute<B, P>): RouteDeclaration {
  const { answer, what, save, noticed, ...declared } = route;
  return defineRoute<B, P>({
    ...declared,
    method: 'PUT',
    access: 'admin',
    table: 'readWrite',
    responses: [...upsertAnswers(what, answer), ...(noticed ? [deferredAnswer(what)] : [])],
    run: async ({ deps, params, body, audit }): Promise<APIGatewayProxyStructuredResultV2> => {
      const { upsert, saved, deferral = null } = await save(deps, params, body, audit);
      return noticedResponse(deferral, () => upsertResponse(upsert, saved));
    },
  });
}
