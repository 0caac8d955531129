import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
 *
 * cfn-guard evaluates every rule against every template, and the 237 rules over some fifty templates took
 * most of a synth's time. A rule selects resources by their type, so a rule file that names no type the
 * templates hold can find nothing: only the rest are run (the same findings, in a quarter of the time).
 */
export class JifenGuardValidator implements IPolicyValidationPluginBeta1 {
  private readonly all = new CfnGuardValidator();
  readonly name = this.all.name;
  readonly version = this.all.version;
  readonly ruleIds = this.all.ruleIds;

  validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const directories = new Set(context.templatePaths.map((path) => dirname(path)));
    const nestedTemplates = [...directories].flatMap((directory) =>
      readdirSync(directory)
        .filter((file) => file.endsWith('.nested.template.json'))
        .map((file) => join(directory, file)),
    );
    const templatePaths = [...context.templatePaths, ...nestedTemplates];
    const guard = new CfnGuardValidator({
      controlTowerRulesEnabled: false,
      rules: rulesFor(resourceTypesOf(templatePaths)),
      // The API stack's report lists ~50 routes; the default 1 MiB of cfn-guard output is not enough.
      maxBuffer: 256 * 1024 * 1024,
    });
    return guard.validate({ ...context, templatePaths });
  }
}

const CONTROL_TOWER_RULES = join(
  dirname(createRequire(import.meta.url).resolve('@cdklabs/cdk-validator-cfnguard/package.json')),
  'rules/control-tower/cfn-guard',
);

function resourceTypesOf(templatePaths: readonly string[]): Set<string> {
  const types = new Set<string>();
  for (const path of templatePaths) {
    const template = JSON.parse(readFileSync(path, 'utf8')) as { Resources?: Record<string, { Type: string }> };
    for (const resource of Object.values(template.Resources ?? {})) types.add(resource.Type);
  }
  return types;
}

/** The Control Tower rule files that name at least one of these resource types. */
function rulesFor(types: ReadonlySet<string>): string[] {
  return readdirSync(CONTROL_TOWER_RULES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.guard'))
    .map((file) => join(CONTROL_TOWER_RULES, file))
    .filter((file) => {
      const rule = readFileSync(file, 'utf8');
      return [...types].some((type) => rule.includes(type));
    });
}
