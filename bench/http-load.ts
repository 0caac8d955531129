/**
 * Local HTTP throughput and latency with autocannon against `bootLocal()`'s
 * server, which runs in a child process (with its DynamoDB Local) so the load
 * generator does not share its event loop. Beside it, in the same run and on the
 * same DynamoDB Local, the raw 2-item transaction (raw-transaction.ts): the earn
 * and the redemption are divided by it. Those three run in interleaved rounds,
 * so a burst of load from another process lands on all of them alike.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { MEMBER_POINTS, MEMBERS, memberId, RACE_MEMBER, type ReadyMessage } from './http-fixture.js';
import { treeCpu } from './process-cpu.js';
import { runRawTransactions } from './raw-transaction.js';
import { percentile } from './stats.js';

export interface ScenarioResult {
  scenario: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Over every answer (any status), to 0.1 ms. */
  latencyMs: { p50: number; p99: number; max: number };
  /** Socket errors and timeouts (for the raw transaction: failed calls). */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Answers the scenario expects (2xx, and 409 insufficient_points in the race). */
  expected: number;
  /** Anything else: a 5xx or a 4xx the scenario does not expect. */
  unexpected: number;
  /** Throughput as a share of the raw transaction's; latency as a multiple of it. */
  vsRaw: { throughput: number; p50: number; p99: number } | null;
  /**
   * CPU time per answer, ms, by process: DynamoDB Local's JVM, the local server's
   * Node (idle in the raw scenario), and this process (autocannon, or the raw
   * transaction's SDK client). Null where /proc is not there to read.
   */
  cpuMsPerAnswer: { dynamoDbLocal: number; server: number; client: number } | null;
}

export interface HttpLoadResult {
  scenarios: ScenarioResult[];
  raceStartingBalance: number | null;
  notes: string[];
}

const CONNECTIONS = 16;
const DURATION_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 12);
const ROUNDS = 3;
const WARMUP_SECONDS = 2;

/** The scenario names the report looks up. */
export const SCENARIO = {
  bare: 'bare route GET /local/health (no DynamoDB)',
  raw: `raw 2-item TransactWriteItems from the SDK, ${MEMBERS} members (DynamoDB Local's own speed)`,
  earn: `earn, ${MEMBERS} members, unique Idempotency-Keys`,
  redemption: `redemption of a 1,000-point voucher, ${MEMBERS} members`,
  race: 'redemptions racing on one member (409 once the balance runs out)',
} as const;

async function startServer(): Promise<{ child: ChildProcess; ready: ReadyMessage }> {
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const script = fileURLToPath(new URL('./local-server.ts', import.meta.url));
  const child = spawn(tsx, [script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench server did not start within 180 s')), 180_000);
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

type CpuSample = { tree: Record<string, number> | null; self: NodeJS.CpuUsage };

/** What one scenario has measured so far, over all its rounds. */
class Tally {
  seconds = 0;
  errors = 0;
  timeouts = 0;
  /** CPU seconds by process over the scenario's runs; null once /proc could not be read. */
  cpu: { dynamoDbLocal: number; server: number; client: number } | null = { dynamoDbLocal: 0, server: 0, client: 0 };
  readonly statusCodes: Record<string, number> = {};
  readonly latenciesMs: number[] = [];

  constructor(
    readonly name: string,
    private readonly expected: (status: number) => boolean,
  ) {}

  /** Adds the CPU the server's process tree and this process used between `before` and `after`. */
  addCpu(before: CpuSample, after: CpuSample): void {
    if (!this.cpu || !before.tree || !after.tree) {
      this.cpu = null;
      return;
    }
    for (const [command, seconds] of Object.entries(after.tree)) {
      const used = seconds - (before.tree[command] ?? 0);
      if (command === 'java') this.cpu.dynamoDbLocal += used;
      else this.cpu.server += used;
    }
    this.cpu.client += (after.self.user - before.self.user + after.self.system - before.self.system) / 1e6;
  }

  answer(status: number, ms: number): void {
    this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
    this.latenciesMs.push(ms);
  }

  result(): ScenarioResult {
    const answered = Object.values(this.statusCodes).reduce((sum, count) => sum + count, 0);
    const expected = Object.entries(this.statusCodes)
      .filter(([code]) => this.expected(Number(code)))
      .reduce((sum, [, count]) => sum + count, 0);
    const sorted = Float64Array.from(this.latenciesMs).sort();
    const ms = (value: number) => Math.round(value * 10) / 10;
    const cpuMs = (seconds: number) => Math.round(((seconds * 1000) / answered) * 100) / 100;
    return {
      scenario: this.name,
      connections: CONNECTIONS,
      durationSeconds: Math.round(this.seconds * 10) / 10,
      requests: answered,
      requestsPerSecond: ms(answered / this.seconds),
      latencyMs: {
        p50: ms(percentile(sorted, 50)),
        p99: ms(percentile(sorted, 99)),
        max: ms(sorted[sorted.length - 1] ?? Number.NaN),
      },
      errors: this.errors,
      timeouts: this.timeouts,
      statusCodes: this.statusCodes,
      expected,
      unexpected: answered - expected,
      vsRaw: null,
      cpuMsPerAnswer: this.cpu && {
        dynamoDbLocal: cpuMs(this.cpu.dynamoDbLocal),
        server: cpuMs(this.cpu.server),
        client: cpuMs(this.cpu.client),
      },
    };
  }
}

/** Runs autocannon, recording every answer's status and latency (autocannon's own histogram keeps 2xx only, in whole ms). */
function run(options: autocannon.Options, tally?: Tally): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      if (tally) {
        tally.seconds += result.duration;
        tally.errors += result.errors;
        tally.timeouts += result.timeouts;
      }
      resolve();
    });
    if (tally) instance.on('response', (_client, status, _bytes, ms) => tally.answer(status, ms));
  });
}

function ratio(value: number, to: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round((value / to) * scale) / scale;
}

export async function measureHttpLoad(): Promise<HttpLoadResult> {
  const { child, ready } = await startServer();
  try {
    const runId = Date.now().toString(36);
    let counter = 0;
    const json = { 'content-type': 'application/json', authorization: `Bearer ${ready.apiKey}` };
    const post = (path: string, body: (n: number) => unknown, prefix: string): autocannon.Options => ({
      url: ready.url,
      requests: [
        {
          method: 'POST',
          path,
          setupRequest: (request) => {
            const n = counter++;
            return {
              ...request,
              headers: { ...json, 'idempotency-key': `${prefix}-${runId}-${n}` },
              body: JSON.stringify(body(n)),
            };
          },
        },
      ],
    });
    const earn = post(
      '/v1/earn',
      (n) => ({ memberId: memberId(n), amountMinor: 12_345 + (n % 1000), reference: `order-${runId}-${n}` }),
      'earn',
    );
    const redemption = post(
      '/v1/redemptions',
      (n) => ({ memberId: memberId(n), rewardId: 'voucher-50', quantity: 1 }),
      'redeem',
    );
    const race = post(
      '/v1/redemptions',
      () => ({ memberId: RACE_MEMBER, rewardId: 'voucher-50', quantity: 1 }),
      'race',
    );
    const ok = (status: number) => status >= 200 && status < 300;

    const tallies = {
      bare: new Tally(SCENARIO.bare, ok),
      raw: new Tally(SCENARIO.raw, ok),
      earn: new Tally(SCENARIO.earn, ok),
      redemption: new Tally(SCENARIO.redemption, ok),
      race: new Tally(SCENARIO.race, (status) => ok(status) || status === 409),
    };
    const slice = DURATION_SECONDS / ROUNDS;
    const cpuNow = (): CpuSample => ({ tree: treeCpu(child.pid!), self: process.cpuUsage() });
    /** Runs `load`, adding the CPU it cost to `tally`. */
    const measured = async (tally: Tally, load: () => Promise<void>) => {
      const before = cpuNow();
      await load();
      tally.addCpu(before, cpuNow());
    };
    const raw = async (seconds: number, tally?: Tally) => {
      const done = await runRawTransactions({
        endpoint: ready.endpoint,
        tableName: ready.tableName,
        clients: CONNECTIONS,
        seconds,
        runId: `${runId}-${counter++}`,
      });
      if (!tally) return;
      tally.seconds += done.seconds;
      tally.errors += done.errors;
      for (const ms of done.latenciesMs) tally.answer(200, ms);
    };

    // Warm-up: loads every handler module and warms the JIT and DynamoDB Local.
    await run({ url: `${ready.url}/local/health`, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    await raw(WARMUP_SECONDS);
    await run({ ...earn, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    await run({ ...redemption, connections: CONNECTIONS, duration: WARMUP_SECONDS });

    await measured(tallies.bare, () =>
      run({ url: `${ready.url}/local/health`, connections: CONNECTIONS, duration: slice }, tallies.bare),
    );
    for (let round = 0; round < ROUNDS; round++) {
      await measured(tallies.raw, () => raw(slice, tallies.raw));
      await measured(tallies.earn, () =>
        run({ ...earn, connections: CONNECTIONS, duration: slice, timeout: 30 }, tallies.earn),
      );
      await measured(tallies.redemption, () =>
        run({ ...redemption, connections: CONNECTIONS, duration: slice, timeout: 30 }, tallies.redemption),
      );
    }
    await measured(tallies.race, () =>
      run({ ...race, connections: CONNECTIONS, duration: slice, timeout: 30 }, tallies.race),
    );

    const results = Object.values(tallies).map((tally) => tally.result());
    const rawResult = results.find((result) => result.scenario === SCENARIO.raw)!;
    for (const result of results) {
      if (result === rawResult || result.scenario === SCENARIO.bare) continue;
      result.vsRaw = {
        throughput: ratio(result.requestsPerSecond, rawResult.requestsPerSecond, 2),
        p50: ratio(result.latencyMs.p50, rawResult.latencyMs.p50, 1),
        p99: ratio(result.latencyMs.p99, rawResult.latencyMs.p99, 1),
      };
    }
    return {
      scenarios: results,
      raceStartingBalance: ready.raceBalance,
      notes: [
        `${CONNECTIONS} concurrent clients in every scenario. The raw transaction, the earn and the redemption run in ${ROUNDS} interleaved rounds of ${slice} s each (raw, earn, redemption, raw, ...), after a ${WARMUP_SECONDS} s warm-up of each; the bare route and the race run once for ${slice} s.`,
        `Raw transaction: the bench process sends TransactWriteItems through the AWS SDK (the client jifen uses) to the server's own DynamoDB Local and table: a put of a new entry keyed by a unique id (condition attribute_not_exists) and an ADD to the balance of one of the ${MEMBERS} members. HTTP scenarios: autocannon in the bench process, the local server (the Lambda handlers) and DynamoDB Local in a child process. Everything shares the same cores.`,
        `Earns and redemptions go to the next of ${MEMBERS} members in turn (each seeded with ${MEMBER_POINTS.toLocaleString('en')} points), through the fruit shop's merchant key; every request has a new Idempotency-Key.`,
        'Latency is measured per answer, of every status, to 0.1 ms. "× raw" divides by the raw transaction of the same run.',
        "CPU ms per answer: the CPU time (Linux /proc, user + system) each process used during the scenario, divided by the answers: DynamoDB Local's JVM, the local server's Node process (the handlers and their SDK client), and the bench process (autocannon; in the raw scenario the SDK client sending the transactions). On 2 shared cores, their sum bounds the throughput.",
        'In the race, 409 insufficient_points is an expected answer: the member starts with a fixed balance and every redemption spends 1,000 points.',
      ],
    };
  } finally {
    await stopServer(child);
  }
}
