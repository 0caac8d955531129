import { readFileSync } from 'node:fs';
import { type App, NestedStack, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import type { StageName } from '../../infra/config/stages.js';
import { JifenGuardValidator } from '../../infra/guard-validator.js';
import { synthesize } from './synth.js';

interface PluginReport {
  pluginName: string;
  violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
}

/**
 * AWS Control Tower's Guard rules run by cfn-guard over the synthesized templates, nested route stacks
 * included, as infra/bin/app.ts registers them; CDK drops the findings acknowledged in
 * infra/guard-acknowledgements.ts and writes what is left to the assembly's validation report.
 */
function guardFindings(stage: StageName, addResources: (app: App) => void = () => {}): string[] {
  const { app } = synthesize(stage, {
    beforeSynth: (target) => {
      Validations.of(target).addPlugins(new JifenGuardValidator());
      addResources(target);
    },
  });
  const report = JSON.parse(readFileSync(`${app.outdir}/validation-report.json`, 'utf8')) as {
    pluginReports: PluginReport[];
  };
  const guard = report.pluginReports.filter((plugin) => plugin.pluginName === 'cdk-validator-cfnguard');
  expect(guard).toHaveLength(1);
  return guard[0]!.violations.flatMap((violation) =>
    violation.violatingConstructs.map((construct) => `${violation.ruleName} at ${construct.constructPath}`),
  );
}

describe('AWS Control Tower Guard rules', { timeout: 600_000 }, () => {
  for (const stage of ['dev', 'prod'] as StageName[]) {
    it(`leave no unacknowledged finding in stage ${stage}`, () => {
      expect(guardFindings(stage)).toEqual([]);
    });
  }

  it('report an unacknowledged finding, in a stack of its own and in a nested route stack', () => {
    let routeStackPath = '';
    const findings = guardFindings('dev', (app) => {
      // Plain queues: no dead-letter queue, unlike the acknowledged dead-letter queues of the schedules.
      new Queue(new Stack(app, 'Throwaway'), 'NoDeadLetterQueue');
      const routeStack = app.node.findAll().find((construct) => construct instanceof NestedStack)!;
      routeStackPath = routeStack.node.path;
      new Queue(routeStack, 'NoDeadLetterQueue');
    });
    expect(findings).toContain('sqs_dlq_check at Throwaway/NoDeadLetterQueue/Resource');
    expect(findings).toContain(`sqs_dlq_check at ${routeStackPath}/NoDeadLetterQueue/Resource`);
  });
});
