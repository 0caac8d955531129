import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoProgram } from '../../local/demo-data.js';
import { cliSynth } from '../helpers/cli-synth.js';
import type { ApiAnswer } from './deployed-api.js';
import type { PolicyStatement } from './deployed-functions.js';
import { evaluatePolicyUse } from './iam-evaluation.js';
import { deployLocally, LOCAL_ACCOUNT, type LocalDeployment } from './local-deployment.js';

/**
 * The shipped artifacts run: the functions of the assembly `AWS_REGION=eu-central-1
 * npx cdk synth` writes (docs/deploying.md), their bundles, handlers and
 * environments as the template has them, behind the template's routes, on
 * DynamoDB Local. Nothing of jifen's source is imported to serve a request.
 */
describe('The synthesized artifacts, run as Lambda would run them', () => {
  let deployment: LocalDeployment;
  let merchantKey: string;
  let earnTransactionId: string;
  const memberId = `m-${randomUUID().slice(0, 8)}`;

  const as = (key: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${key}`, ...extra });
  const admin = () => as(deployment.adminKey);
  const once = () => ({ 'idempotency-key': randomUUID() });
  const expectStatus = (answer: ApiAnswer, status: number) =>
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);

  beforeAll(async () => {
    const synth = await cliSynth('eu-central-1');
    expect(synth.exitCode, synth.output.slice(-3000)).toBe(0);
    deployment = await deployLocally({
      dir: synth.dir,
      stage: 'dev',
      region: 'eu-central-1',
      dynamoEndpoint: inject('dynamoEndpoint'),
    });
  }, 40 * 60_000);

  afterAll(async () => deployment?.stop());

  it('routes every route of the template to a function of the assembly', () => {
    // The 44 route declarations; $default is the fallback.
    expect(deployment.api.routeCount).toBeGreaterThanOrEqual(44);
  });

  it('configures the program, a merchant and its key with the operator key from the secret', async () => {
    expectStatus(
      await deployment.api.request('PUT', '/v1/admin/program', { headers: admin(), body: demoProgram }),
      200,
    );
    const merchant = await deployment.api.request('PUT', '/v1/admin/merchants/fruit-shop', {
      headers: admin(),
      body: { name: 'Fresh Fruit Shop', category: 'grocery', earnRules: [{ kind: 'spend', points: 1, perMinor: 100 }] },
    });
    expectStatus(merchant, 201);
    const key = await deployment.api.request('POST', '/v1/admin/merchants/fruit-shop/keys', { headers: admin() });
    expectStatus(key, 201);
    merchantKey = key.body.apiKey;
    expect(merchantKey).toMatch(/\S{20,}/);
    expectStatus(await deployment.api.request('GET', '/v1/admin/program', { headers: as(merchantKey) }), 403);
  });

  it('enrols a member, earns, redeems and reverses with the merchant key', async () => {
    expectStatus(
      await deployment.api.request('PUT', `/v1/members/${memberId}`, { headers: as(merchantKey), body: {} }),
      201,
    );
    const earn = await deployment.api.request('POST', '/v1/earn', {
      headers: as(merchantKey, once()),
      body: { memberId, amountMinor: 200_000, reference: 'receipt-1' },
    });
    expectStatus(earn, 201);
    expect(earn.body.points).toBe(2_000);
    earnTransactionId = earn.body.transactionId;

    const redemption = await deployment.api.request('POST', '/v1/redemptions', {
      headers: as(merchantKey, once()),
      body: { memberId, payment: { amountMinor: 1_000 } },
    });
    expectStatus(redemption, 201);
    expect(redemption.body).toMatchObject({ points: 600, balances: { points: 1_400 } });

    const reversal = await deployment.api.request('POST', '/v1/reversals', {
      headers: as(merchantKey, once()),
      body: { transactionId: earnTransactionId, reason: 'returned', amountMinor: 50_000 },
    });
    expectStatus(reversal, 201);
    const member = await deployment.api.request('GET', `/v1/members/${memberId}`, { headers: as(merchantKey) });
    expectStatus(member, 200);
    expect(member.body.balances.points).toBe(1_400 - 500);
  });

  it("answers the merchant's settlement statement", async () => {
    const day = 24 * 60 * 60 * 1000;
    const window = `from=${new Date(Date.now() - day).toISOString()}&to=${new Date(Date.now() + day).toISOString()}`;
    const statement = await deployment.api.request('GET', `/v1/settlement?${window}`, { headers: as(merchantKey) });
    expectStatus(statement, 200);
    expect(statement.body.merchantId).toBe('fruit-shop');
    expectStatus(await deployment.api.request('GET', `/v1/settlement?${window}`, { headers: admin() }), 403);
  });

  it('serves the public rules page without a key, and unknown paths through $default', async () => {
    const rules = await deployment.api.request('GET', '/v1/rules');
    expectStatus(rules, 200);
    expect(JSON.stringify(rules.body)).toContain(demoProgram.name);
    const unknown = await deployment.api.request('GET', '/v1/no-such-thing');
    expectStatus(unknown, 404);
    expect(unknown.headers['content-type']).toContain('problem+json');
  });

  it("writes the console's config.json naming the API the routes belong to", () => {
    const config = JSON.parse(deployment.consoleFile('config.json')) as { apiUrl: string };
    expect(config.apiUrl).toMatch(/^https:\/\/[a-z0-9]+\.execute-api\.eu-central-1\.amazonaws\.com$/);
    const [api] = deployment.assembly.resources('AWS::ApiGatewayV2::Api');
    expect(config.apiUrl).toBe(
      deployment.values.resolve(api!.owner, { 'Fn::GetAtt': [api!.logicalId, 'ApiEndpoint'] }),
    );
    expect(deployment.consoleFile('index.html')).toContain('<script');
  });

  it("runs each scheduled job's bundle with its EventBridge Scheduler target's input", async () => {
    const jobs: string[] = [];
    for (const schedule of deployment.schedules) {
      // The scheduler puts the run's scheduled time where the input says.
      const scheduledTime = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const input = schedule.input.replaceAll('<aws.scheduler.scheduled-time>', scheduledTime);
      const result = await schedule.fn.invoke(JSON.parse(input));
      expect(result, `${schedule.logicalId}: ${schedule.fn.logs.join('').slice(-2000)}`).toMatchObject({
        asOf: new Date(scheduledTime).toISOString(),
      });
      jobs.push(result.job);
    }
    expect(jobs.sort()).toEqual(['bonuses', 'expiry', 'promotions', 'tiers', 'transfers']);
  });

  describe('least privilege, proven by the run', () => {
    // After the journey above (tests of a file run in order): every call it made is evaluated.
    it('made every AWS call of every function with a permission of its own role', async () => {
      const invoked = [...deployment.functions.values()].filter((fn) => fn.invoked);
      expect(invoked.length).toBeGreaterThanOrEqual(14);
      for (const fn of invoked) {
        // Every function with the table reads it; the fallback has nothing to call.
        if (fn.environment.TABLE_NAME) expect(fn.calls.length, `${fn.name} made no AWS call`).toBeGreaterThan(0);
        expect(fn.calls.filter((call) => call.operation.startsWith('unknown:'))).toEqual([]);
        const { denials } = await evaluatePolicyUse(fn, LOCAL_ACCOUNT);
        expect(denials, fn.name).toEqual([]);
      }
    });

    it('used every statement of the policy of every function it ran, or says why not', async () => {
      const unexplained: string[] = [];
      for (const fn of [...deployment.functions.values()].filter((each) => each.invoked)) {
        for (const statement of (await evaluatePolicyUse(fn, LOCAL_ACCOUNT)).unusedStatements) {
          if (!whyUnused(statement, fn.name)) unexplained.push(`${fn.name}: ${JSON.stringify(statement)}`);
        }
      }
      expect(unexplained).toEqual([]);
    });

    it('gives the public rules page, and every other function that checks no key, no way to read the operator key', () => {
      const rules = deployment.api.functionFor('GET', '/v1/rules');
      expect(rules.invoked).toBe(true);
      expect(rules.environment.ADMIN_API_KEY_SECRET_ARN).toBeUndefined();
      for (const fn of deployment.functions.values()) {
        const reads = fn.policy.some((statement) =>
          [statement.Action].flat().includes('secretsmanager:GetSecretValue'),
        );
        expect(reads, fn.name).toBe(fn.environment.ADMIN_API_KEY_SECRET_ARN !== undefined);
      }
      expect(rules.calls.map((call) => call.operation)).not.toContain('secretsmanager:GetSecretValue');
    });
  });
});

/**
 * Statements the function's own code never exercises, with the reason each is there. Anything else a
 * function that ran did not use is a grant too many.
 */
function whyUnused(statement: PolicyStatement, functionName: string): string | undefined {
  const actions = [statement.Action].flat();
  if (actions.every((action) => action === 'logs:CreateLogStream' || action === 'logs:PutLogEvents')) {
    return "Lambda itself writes the function's logs to its log group with this role; the code makes no Logs call.";
  }
  if (actions.every((action) => action === 'xray:PutTraceSegments' || action === 'xray:PutTelemetryRecords')) {
    return "Lambda's active tracing sends the segments with this role; the code makes no X-Ray call.";
  }
  if (statement.Sid === 'ReadAdminApiKey') {
    return 'Read only when a request presents the operator key; the journey calls merchant routes with a merchant key.';
  }
  if (statement.Sid === 'LedgerTable' && functionName.startsWith('transfersjob')) {
    return 'The transfers job reads and writes the table only to return a transfer that is due; the journey posts none, so its run queries only the due partitions of the index.';
  }
  if (statement.Sid === 'LedgerIndexes') {
    return (
      "Query on the indexes comes with the route's table access level (infra/config/table-access.ts); a route " +
      'does not yet declare which indexes it queries, so routes that query none have it too (docs/deploying.md).'
    );
  }
  return undefined;
}
