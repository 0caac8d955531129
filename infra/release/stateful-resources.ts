/**
 * The stateful resources of a stage as an upgrade must keep them: the ledger
 * table, the admin key secret and the console bucket, by stack and logical id,
 * with what CloudFormation replaces or refuses to change in place. The release's
 * snapshot (`stateful-resources.json`, written by `npm run snapshot:stateful`)
 * is compared with every synth by test/infra/stateful-snapshot.test.ts.
 */

/** Untyped template JSON. */
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation templates are untyped JSON; this one alias keeps the any in one place.
type Json = any;

export const STATEFUL_TYPES = ['AWS::DynamoDB::Table', 'AWS::SecretsManager::Secret', 'AWS::S3::Bucket'] as const;

export interface StatefulIndex {
  KeySchema: Json;
  Projection: Json;
}

export interface StatefulResource {
  Type: string;
  DeletionPolicy: string;
  UpdateReplacePolicy: string;
  /** Properties whose change replaces the resource (its name) or that DynamoDB cannot change (the key). */
  Identity: Json;
  /** Tables only: global secondary indexes by name. */
  Indexes?: Record<string, StatefulIndex>;
}

/** Stack name → logical id → resource. */
export type StatefulStage = Record<string, Record<string, StatefulResource>>;

export interface StatefulSnapshot {
  /** The release these resources were deployed by (package.json `version`). */
  release: string;
  stages: Record<string, StatefulStage>;
}

function attributeTypes(table: Json, keySchema: Json[]): Json {
  const names = new Set(keySchema.map((key: Json) => key.AttributeName));
  return (table.AttributeDefinitions as Json[]).filter((attribute) => names.has(attribute.AttributeName));
}

/** The stateful resources of the given top-level templates, by stack name. */
export function statefulResources(templates: Record<string, Json>): StatefulStage {
  const stage: StatefulStage = {};
  for (const [stackName, template] of Object.entries(templates)) {
    for (const [logicalId, resource] of Object.entries<Json>(template.Resources ?? {})) {
      if (!(STATEFUL_TYPES as readonly string[]).includes(resource.Type)) continue;
      const properties = resource.Properties ?? {};
      const summary: StatefulResource = {
        Type: resource.Type,
        DeletionPolicy: resource.DeletionPolicy ?? 'Delete',
        UpdateReplacePolicy: resource.UpdateReplacePolicy ?? 'Delete',
        Identity: {},
      };
      if (resource.Type === 'AWS::DynamoDB::Table') {
        summary.Identity = {
          TableName: properties.TableName ?? null,
          KeySchema: properties.KeySchema,
          KeyAttributes: attributeTypes(properties, properties.KeySchema),
        };
        summary.Indexes = Object.fromEntries(
          (properties.GlobalSecondaryIndexes ?? []).map((index: Json) => [
            index.IndexName,
            {
              KeySchema: [...index.KeySchema, ...attributeTypes(properties, index.KeySchema)],
              Projection: index.Projection,
            },
          ]),
        );
      } else if (resource.Type === 'AWS::SecretsManager::Secret') {
        summary.Identity = { Name: properties.Name ?? null };
      } else {
        summary.Identity = { BucketName: properties.BucketName ?? null };
      }
      const resources = stage[stackName] ?? {};
      resources[logicalId] = summary;
      stage[stackName] = resources;
    }
  }
  return stage;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What would lose data or fail if a stage deployed by the snapshot's release
 * were upgraded to `current`: a resource gone or replaced, a changed key, a
 * changed or removed index, more than one index added (DynamoDB takes one GSI
 * change per update), and in a retained stage (prod) anything not `Retain`.
 */
export function upgradeViolations(
  snapshot: StatefulStage,
  current: StatefulStage,
  options: { retain: boolean },
): string[] {
  const violations: string[] = [];
  for (const [stackName, resources] of Object.entries(snapshot)) {
    for (const [logicalId, before] of Object.entries(resources)) {
      const where = `${stackName}/${logicalId}`;
      const after = current[stackName]?.[logicalId];
      if (!after) {
        violations.push(`${where} (${before.Type}) is gone: a new logical id replaces it, and its data with it`);
        continue;
      }
      if (after.Type !== before.Type) violations.push(`${where} changed type from ${before.Type} to ${after.Type}`);
      if (!same(after.Identity, before.Identity)) {
        violations.push(
          `${where} changed ${JSON.stringify(before.Identity)} to ${JSON.stringify(after.Identity)}, which replaces it`,
        );
      }
      const beforeIndexes = before.Indexes ?? {};
      const afterIndexes = after.Indexes ?? {};
      for (const [name, index] of Object.entries(beforeIndexes)) {
        if (!afterIndexes[name]) violations.push(`${where} removes index ${name}`);
        else if (!same(afterIndexes[name], index))
          violations.push(`${where} changes index ${name}, which DynamoDB cannot do in place`);
      }
      const added = Object.keys(afterIndexes).filter((name) => !beforeIndexes[name]);
      if (added.length > 1)
        violations.push(
          `${where} adds ${added.length} indexes (${added.join(', ')}): DynamoDB takes one per deployment`,
        );
    }
  }
  if (options.retain) {
    for (const [stackName, resources] of Object.entries(current)) {
      for (const [logicalId, resource] of Object.entries(resources)) {
        if (resource.DeletionPolicy !== 'Retain' || resource.UpdateReplacePolicy !== 'Retain') {
          violations.push(
            `${stackName}/${logicalId} is not RETAINed (${resource.DeletionPolicy}/${resource.UpdateReplacePolicy}) in a stage that keeps its data`,
          );
        }
      }
    }
  }
  return violations;
}
