/**
 * Local HTTP throughput and latency with autocannon against `bootLocal()`'s
 * server, which runs in a child process (with its DynamoDB Local) so the load
 * generator does not share its event loop. The bare `/local/health` route is
 * measured in the same run: ratios to it survive a noisy machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { memberId, RACE_MEMBER, type ReadyMessage } from './http-fixture.js';

export interface ScenarioResult {
  scenario: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Socket errors and timeouts. */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Answers the scenario expects (2xx, and 409 insufficient_points in the race). */
  expected: number;
  /** Anything else: a 5xx or a 4xx the scenario does not expect. */
  unexpected: number;
  /** Throughput as a share of the bare route's; latency as a multiple of it. */
  vsBare: { throughput: number; p50: number; p99: number } | null;
}

export interface HttpLoadResult {
  scenarios: ScenarioResult[];
  raceStartingBalance: number | null;
  notes: string[];
}

const CONNECTIONS = 16;
const DURATION_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 12);
const WARMUP_SECONDS = 2;

async function startServer(): Promise<{ child: ChildProcess; ready: ReadyMessage }> {
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const script = fileURLToPath(new URL('./local-server.ts', import.meta.url));
  const child = spawn(tsx, [script], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench server did not start within 120 s')), 120_000);
    child.once('exit', (code) => reject(new Error(`the bench server exited with code ${code}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('BENCH_READY ')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice('BENCH_READY '.length)) as ReadyMessage);
    });
  });
  return { child, ready };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

interface Scenario {
  name: string;
  options: autocannon.Options;
  expected: (status: number) => boolean;
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summarise(scenario: Scenario, result: autocannon.Result): ScenarioResult {
  const statusCodes: Record<string, number> = {};
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  for (const [code, { count }] of Object.entries(stats)) statusCodes[code] = count;
  const answered = Object.values(statusCodes).reduce((sum, count) => sum + count, 0);
  const expected = Object.entries(statusCodes)
    .filter(([code]) => scenario.expected(Number(code)))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    scenario: scenario.name,
    connections: CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
    requests: answered,
    requestsPerSecond: Math.round((answered / result.duration) * 10) / 10,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    expected,
    unexpected: answered - expected,
    vsBare: null,
  };
}

export async function measureHttpLoad(): Promise<HttpLoadResult> {
  const { child, ready } = await startServer();
  try {
    const runId = Date.now().toString(36);
    let counter = 0;
    const authorization = `Bearer ${ready.apiKey}`;
    const json = { 'content-type': 'application/json', authorization };

    const scenarios: Scenario[] = [
      {
        name: 'bare route GET /local/health (no DynamoDB)',
        options: { url: `${ready.url}/local/health` },
        expected: (status) => status === 200,
      },
      {
        name: `earn, ${500} members, unique Idempotency-Keys`,
        options: {
          url: ready.url,
          requests: [
            {
              method: 'POST',
              path: '/v1/earn',
              setupRequest: (request) => {
                const n = counter++;
                return {
                  ...request,
                  headers: { ...json, 'idempotency-key': `earn-${runId}-${n}` },
                  body: JSON.stringify({ memberId: memberId(n), amountMinor: 12_345 + (n % 1000), reference: `order-${runId}-${n}` }),
                };
              },
            },
          ],
        },
        expected: (status) => status === 201,
      },
      {
        name: 'redemptions racing on one member (409 once the balance runs out)',
        options: {
          url: ready.url,
          requests: [
            {
              method: 'POST',
              path: '/v1/redemptions',
              setupRequest: (request) => {
                const n = counter++;
                return {
                  ...request,
                  headers: { ...json, 'idempotency-key': `redeem-${runId}-${n}` },
                  body: JSON.stringify({ memberId: RACE_MEMBER, rewardId: 'voucher-50', quantity: 1 }),
                };
              },
            },
          ],
        },
        expected: (status) => status === 201 || status === 409,
      },
    ];

    // Warm-up: loads every handler module and warms the JIT and DynamoDB Local, on throwaway members.
    await run({ url: `${ready.url}/local/health`, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    await run({ ...scenarios[1]!.options, connections: 4, duration: WARMUP_SECONDS });
    await run({
      url: ready.url,
      connections: 2,
      amount: 20,
      requests: [
        {
          method: 'POST',
          path: '/v1/redemptions',
          setupRequest: (request) => ({
            ...request,
            headers: { ...json, 'idempotency-key': `warm-${runId}-${counter++}` },
            body: JSON.stringify({ memberId: memberId(counter), rewardId: 'voucher-50', quantity: 1 }),
          }),
        },
      ],
    });

    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const result = await run({ connections: CONNECTIONS, duration: DURATION_SECONDS, timeout: 30, ...scenario.options });
      results.push(summarise(scenario, result));
    }
    const bare = results[0]!;
    for (const result of results) {
      if (result === bare) {
        result.vsBare = { throughput: 1, p50: 1, p99: 1 };
        continue;
      }
      result.vsBare = {
        throughput: Math.round((result.requestsPerSecond / bare.requestsPerSecond) * 1000) / 1000,
        p50: Math.round((result.latencyMs.p50 / Math.max(bare.latencyMs.p50, 1)) * 10) / 10,
        p99: Math.round((result.latencyMs.p99 / Math.max(bare.latencyMs.p99, 1)) * 10) / 10,
      };
    }
    return {
      scenarios: results,
      raceStartingBalance: ready.raceBalance,
      notes: [
        `${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario after a ${WARMUP_SECONDS} s warm-up; autocannon in this process, the server (Lambda handlers) and DynamoDB Local in a child process, all on the same cores.`,
        'Latency ratios divide by the bare route\'s figure, floored at 1 ms (autocannon reports whole milliseconds).',
        'In the race, 409 insufficient_points is an expected answer: the member starts with a fixed balance and every redemption spends 1,000 points.',
      ],
    };
  } finally {
    await stopServer(child);
  }
}
