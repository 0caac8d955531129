import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import type { StageName } from '../../infra/config/stages.js';
import { synthesize } from './synth.js';

/**
 * cdk-nag 3 runs as a CDK validation plugin and reports findings in the
 * validation report, not as annotations; `validateScope` gives the same findings
 * directly. Every finding must be acknowledged in infra/nag-suppressions.ts.
 */
describe('cdk-nag AwsSolutions', { timeout: 120_000 }, () => {
  for (const stage of ['dev', 'prod'] as StageName[]) {
    it(`leaves no unacknowledged finding in stage ${stage}`, () => {
      const synthesized = synthesize(stage, { cfnValidation: true });
      const report = new AwsSolutionsChecks(synthesized.app).validateScope(synthesized.app);

      const findings = report.violations.flatMap((violation) =>
        violation.violatingResources.map(
          (resource) => `${violation.ruleName} (${violation.severity}) at ${resource.constructPath}`,
        ),
      );
      expect(findings).toEqual([]);
      expect(report.success).toBe(true);

      // The annotations of the nested route stacks are the API stack's (nested stacks are no assembly artifacts).
      for (const stack of [synthesized.data, synthesized.api]) {
        const annotations = Annotations.fromStack(stack);
        expect(annotations.findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
        expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
        expect(annotations.findError('*', Match.anyValue())).toEqual([]);
      }
    });
  }

  it('fails on a finding that is not acknowledged', () => {
    const synthesized = synthesize('dev');
    // A bare secret without the acknowledgement infra/nag-suppressions.ts gives the admin key.
    new Secret(synthesized.data, 'Unacknowledged');
    const report = new AwsSolutionsChecks(synthesized.app).validateScope(synthesized.app);
    expect(report.violations.map((violation) => violation.ruleName)).toContain('AwsSolutions-SMG4');
  });

  it('checks the nested route stacks too', () => {
    const synthesized = synthesize('dev');
    const [routeStack] = synthesized.api.routeStacks.values();
    new Secret(routeStack!, 'Unacknowledged');
    const report = new AwsSolutionsChecks(synthesized.app).validateScope(synthesized.app);
    const paths = report.violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => resource.constructPath),
    );
    expect(paths).toContain(`${routeStack!.node.path}/Unacknowledged/Resource`);
  });
});
