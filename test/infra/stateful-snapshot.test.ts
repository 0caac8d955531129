import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type StatefulSnapshot,
  type StatefulStage,
  statefulResources,
  upgradeViolations,
} from '../../infra/release/stateful-resources.js';
import { cliSynth, PROJECT_ROOT, type RehearsalName } from '../helpers/cli-synth.js';
import { readCloudAssembly } from '../helpers/cloud-assembly.js';

/**
 * Upgrades that keep the data: the stateful resources `npx cdk synth` writes now,
 * for both stages, against the committed snapshot of the last release's
 * (infra/release/stateful-resources.json, docs/deploying.md "Upgrades").
 */
const snapshot = JSON.parse(
  readFileSync(`${PROJECT_ROOT}/infra/release/stateful-resources.json`, 'utf8'),
) as StatefulSnapshot;
const ASSEMBLY_OF_STAGE: Record<string, RehearsalName> = { dev: 'eu-central-1', prod: 'prod' };
const current: Record<string, StatefulStage> = {};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('Upgrades keep the data', () => {
  beforeAll(async () => {
    for (const [stage, name] of Object.entries(ASSEMBLY_OF_STAGE)) {
      const synth = await cliSynth(name);
      expect(synth.exitCode, synth.output.slice(-3000)).toBe(0);
      const assembly = readCloudAssembly(synth.dir);
      current[stage] = statefulResources(
        Object.fromEntries(assembly.templates.filter((t) => !t.nestedIn).map((t) => [t.name, t.template])),
      );
    }
  }, 40 * 60_000);

  it('has a snapshot of the table, the secret and the console bucket in both stages', () => {
    for (const stage of ['dev', 'prod']) {
      const types = Object.values(snapshot.stages[stage]!).flatMap((resources) =>
        Object.values(resources).map((r) => r.Type),
      );
      expect(types.sort(), stage).toEqual(['AWS::DynamoDB::Table', 'AWS::S3::Bucket', 'AWS::SecretsManager::Secret']);
    }
    expect(snapshot.stages.prod!['jifen-prod-data']!.LedgerTable).toBeDefined();
  });

  for (const stage of ['dev', 'prod']) {
    it(`upgrades a ${stage} stage of release ${snapshot.release} in place`, () => {
      expect(upgradeViolations(snapshot.stages[stage]!, current[stage]!, { retain: stage === 'prod' })).toEqual([]);
    });
  }

  it('RETAINs the table, the secret and the console bucket in prod', () => {
    for (const resources of Object.values(current.prod!)) {
      for (const resource of Object.values(resources)) expect(resource.DeletionPolicy).toBe('Retain');
    }
  });

  describe('refuses what would lose data or fail the deployment', () => {
    const released = () => snapshot.stages.prod!;
    const table = (stage: StatefulStage) => stage['jifen-prod-data']!.LedgerTable!;

    it('a table under a new logical id', () => {
      const after = clone(released());
      after['jifen-prod-data']!.LedgerTableV2 = table(after);
      delete after['jifen-prod-data']!.LedgerTable;
      expect(upgradeViolations(released(), after, { retain: true })).toEqual([
        expect.stringContaining('LedgerTable (AWS::DynamoDB::Table) is gone'),
      ]);
    });

    it('a changed key, a changed index and a removed one', () => {
      const after = clone(released());
      const [first, second] = Object.keys(table(after).Indexes!);
      table(after).Identity.KeySchema[0].AttributeName = 'id';
      table(after).Indexes![first!]!.Projection = { ProjectionType: 'ALL' };
      delete table(after).Indexes![second!];
      const violations = upgradeViolations(released(), after, { retain: true });
      expect(violations).toHaveLength(3);
      expect(violations.join('\n')).toMatch(
        new RegExp(`which replaces it[\\s\\S]*changes index ${first}[\\s\\S]*removes index ${second}`),
      );
    });

    it('two new indexes in one release, but not one', () => {
      const after = clone(released());
      const index = Object.values(table(after).Indexes!)[0]!;
      table(after).Indexes!.byRegion = index;
      expect(upgradeViolations(released(), after, { retain: true })).toEqual([]);
      table(after).Indexes!.byCity = index;
      expect(upgradeViolations(released(), after, { retain: true })).toEqual([
        expect.stringContaining('adds 2 indexes'),
      ]);
    });

    it('a prod resource that is not RETAINed', () => {
      const after = clone(released());
      after['jifen-prod-data']!.AdminApiKeySecret!.DeletionPolicy = 'Delete';
      expect(upgradeViolations(released(), after, { retain: true })).toEqual([
        expect.stringContaining('AdminApiKeySecret is not RETAINed'),
      ]);
    });
  });
});
