/**
 * Least privilege, checked by execution: each AWS call a function made in the
 * run, authorization by authorization, evaluated against the function's role
 * policy from the template by a real IAM policy evaluator (iam-simulate), and
 * each statement of that policy traced to the calls it allowed.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { Authorization } from './aws-endpoint.js';
import type { DeployedFunction, PolicyStatement } from './deployed-functions.js';

export interface Denial {
  authorization: Authorization;
  result: string;
}

export interface PolicyUse {
  denials: Denial[];
  /** The statements no call of the run needed, by index. */
  unusedStatements: PolicyStatement[];
  /** Each action of each statement that some call used: `<index> <action>`. */
  usedActions: Set<string>;
}

function statementName(index: number): string {
  return `statement-${index}`;
}

export async function evaluatePolicyUse(fn: DeployedFunction, account: string): Promise<PolicyUse> {
  // One policy per statement, so that the evaluator's answer names the statement that allowed a call.
  const identityPolicies = fn.policy.map((statement, index) => ({
    name: statementName(index),
    policy: { Version: '2012-10-17', Statement: [statement] },
  }));
  const used = new Set<number>();
  const usedActions = new Set<string>();
  const denials: Denial[] = [];
  for (const call of fn.calls) {
    for (const authorization of call.authorizations) {
      const simulation = await runSimulation(
        {
          request: {
            principal: `arn:aws:sts::${account}:assumed-role/${fn.name}-role/${fn.name}`,
            action: authorization.action,
            resource: { resource: authorization.resource, accountId: account },
            contextVariables: authorization.context ?? {},
          },
          identityPolicies,
          serviceControlPolicies: [],
          resourceControlPolicies: [],
        },
        {},
      );
      if (simulation.resultType !== 'single') {
        denials.push({
          authorization,
          result: JSON.stringify(simulation.resultType === 'error' ? simulation.errors : simulation.resultType),
        });
        continue;
      }
      if (simulation.overallResult !== 'Allowed') {
        denials.push({ authorization, result: simulation.overallResult });
        continue;
      }
      for (const statement of simulation.result.analysis?.identityAnalysis?.allowStatements ?? []) {
        const index = Number(statement.policyId.slice('statement-'.length));
        used.add(index);
        usedActions.add(`${index} ${authorization.action}`);
      }
    }
  }
  return { denials, unusedStatements: fn.policy.filter((_, index) => !used.has(index)), usedActions };
}
