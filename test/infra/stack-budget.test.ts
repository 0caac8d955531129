import { NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { StageName } from '../../infra/config/stages.js';
import { synthesize } from './synth.js';

/**
 * CloudFormation refuses a stack of more than 500 resources, or more than 200
 * outputs or parameters. The budget keeps every stack well below, so that the
 * limit shows up here, years before a deploy fails on it.
 */
const RESOURCE_BUDGET = 400;
const OUTPUT_AND_PARAMETER_BUDGET = 150;

const WHAT_TO_DO =
  'A route costs the API stack 3 resources (route, integration, nested stack; README "What gets deployed"). ' +
  'Move whatever grows with something else into a nested stack of its own, the way infra/stacks/route-stack.ts ' +
  "nests each route's function, role, log group, permission and alarms; do not raise the budget.";

describe('Stack budget', { timeout: 120_000 }, () => {
  for (const stage of ['dev', 'prod'] as StageName[]) {
    it(`keeps every stack of stage ${stage} under ${RESOURCE_BUDGET} resources and ${OUTPUT_AND_PARAMETER_BUDGET} outputs and parameters`, () => {
      const { app } = synthesize(stage);
      const stacks = app.node.findAll().filter((construct): construct is Stack => Stack.isStack(construct));

      const counts = stacks.map((stack) => {
        const template = Template.fromStack(stack).toJSON();
        return {
          stack: stack.node.path,
          nested: NestedStack.isNestedStack(stack),
          resources: Object.keys(template.Resources ?? {}).length,
          outputs: Object.keys(template.Outputs ?? {}).length,
          parameters: Object.keys(template.Parameters ?? {}).length,
        };
      });
      const top = counts.filter((count) => !count.nested);
      const nested = counts.filter((count) => count.nested);
      console.info(
        `Resources per stack, stage ${stage} (budget ${RESOURCE_BUDGET}, CloudFormation's limit 500):\n` +
          top
            .map(
              ({ stack, resources, outputs }) =>
                `${stack.padEnd(22)} ${String(resources).padStart(4)}   outputs ${outputs}`,
            )
            .join('\n') +
          `\n${nested.length} nested route stacks: ${Math.min(...nested.map((c) => c.resources))}` +
          `–${Math.max(...nested.map((c) => c.resources))} resources each`,
      );

      for (const { stack, resources, outputs, parameters } of counts) {
        expect(resources, `${stack} has ${resources} resources. ${WHAT_TO_DO}`).toBeLessThanOrEqual(RESOURCE_BUDGET);
        expect(outputs, `${stack} has ${outputs} outputs`).toBeLessThanOrEqual(OUTPUT_AND_PARAMETER_BUDGET);
        expect(parameters, `${stack} has ${parameters} parameters`).toBeLessThanOrEqual(OUTPUT_AND_PARAMETER_BUDGET);
      }
    });
  }
});
