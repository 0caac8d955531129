import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import type {
  IPolicyValidationContextBeta1,
  IPolicyValidationPluginBeta1,
  PolicyValidationPluginReportBeta1,
} from 'aws-cdk-lib';

/**
 * AWS Control Tower's proactive Guard rules (`@cdklabs/cdk-validator-cfnguard`, which ships the cfn-guard
 * binary), run as a CDK validation plugin beside cdk-nag. CDK hands plugins only the top-level stacks'
 * templates; the route functions live in nested stacks, whose templates sit beside them in the cloud
 * assembly, so they are checked too. Findings are acknowledged in infra/guard-acknowledgements.ts.
 */
export class JifenGuardValidator implements IPolicyValidationPluginBeta1 {
  private readonly guard = new CfnGuardValidator({
    // The API stack's report lists ~50 routes; the default 1 MiB of cfn-guard output is not enough.
    maxBuffer: 256 * 1024 * 1024,
  });
  readonly name = this.guard.name;
  readonly version = this.guard.version;
  readonly ruleIds = this.guard.ruleIds;

  validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const directories = new Set(context.templatePaths.map((path) => dirname(path)));
    const nestedTemplates = [...directories].flatMap((directory) =>
      readdirSync(directory)
        .filter((file) => file.endsWith('.nested.template.json'))
        .map((file) => join(directory, file)),
    );
    return this.guard.validate({ ...context, templatePaths: [...context.templatePaths, ...nestedTemplates] });
  }
}
