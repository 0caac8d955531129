/** Turns bench/results.json's content into bench/RESULTS.md: a summary against the targets, then one table per benchmark. */
import type { BundlesResult } from './bundles.js';
import type { CostResult } from './cost.js';
import type { HotKeysResult } from './hot-keys.js';
import { SCENARIO, type HttpLoadResult } from './http-load.js';
import type { InProcessResult } from './in-process.js';
import type { WriteUnitsResult } from './write-units.js';

export interface Machine {
  date: string;
  os: string;
  cpu: string;
  cores: number;
  node: string;
  loadAverageAtStart: number[];
}

export interface BenchResults {
  machine: Machine;
  durationSeconds: number;
  writeUnits?: WriteUnitsResult;
  httpLoad?: HttpLoadResult;
  inProcess?: InProcessResult;
  bundles?: BundlesResult;
  hotKeys?: HotKeysResult;
  cost?: CostResult;
  /** A section that crashed (a bug in the bench or the code) or left something unmeasured; never a missed target. */
  failures: { section: string; error: string }[];
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const yes = (met: boolean): string => (met ? 'yes' : '**no**');
const cell = (text: string): string => text.replace(/\|/g, '\\|');

function summary(results: BenchResults): string[] {
  const rows: string[] = ['| Target | Measured | Met |', '|---|---|---|'];
  const wu = results.writeUnits;
  if (wu) {
    const moving = wu.operations.filter((op) => op.target && op.target.maxTableWcu > 0);
    const worst = Math.max(...moving.map((op) => op.jifen.tableWcu));
    const worstTotal = Math.max(...moving.map((op) => op.jifen.totalWcu));
    rows.push(
      `| ≤ 4 WCU per earn / redemption (table) | ${worst} WCU table, ${worstTotal} with index writes | ${yes(moving.every((op) => op.target!.met))} |`,
    );
    const replay = wu.operations.find((op) => op.target?.maxTableWcu === 0);
    if (replay)
      rows.push(`| 0 WCU per idempotent replay | ${replay.jifen.totalWcu} WCU | ${yes(replay.jifen.totalWcu === 0)} |`);
    const earn = wu.operations.find((op) => op.operation === 'earn');
    if (earn?.naive) {
      rows.push(
        `| Cheaper than the naive design (same run) | earn: naive ${earn.naive.tableWcu} / jifen ${earn.jifen.tableWcu} table WCU = ${earn.ratio.table}×; with indexes ${earn.ratio.total}× | ${yes((earn.ratio.table ?? 0) > 1)} |`,
      );
    }
  }
  const ip = results.inProcess;
  if (ip) {
    const met = ip.handlers.filter((h) => h.met).length;
    const worst = ip.handlers.reduce((a, b) => (b.quietestRoundP99Us > a.quietestRoundP99Us ? b : a));
    const slowest = ip.handlers.reduce((a, b) => (b.p50Us > a.p50Us ? b : a));
    const happy = ip.handlers.every((h) => h.happyPath);
    const gaps = [
      ...(happy ? [] : [' — some handlers did not run their happy path']),
      ...(ip.withoutRequest.length > 0
        ? [` — **not measured, no happy-path request: ${ip.withoutRequest.join(', ')}**`]
        : []),
    ];
    rows.push(
      `| In-process p99 ≤ 2 ms per handler (quietest round) | ${met} of ${ip.handlers.length} (worst: ${worst.handler}, p99 ${worst.quietestRoundP99Us} µs; highest p50: ${slowest.handler}, ${slowest.p50Us} µs)${gaps.join('')} | ${yes(met === ip.handlers.length && happy && ip.withoutRequest.length === 0)} |`,
    );
  }
  const b = results.bundles;
  if (b) {
    const size = b.bundles.filter((x) => x.sizeMet).length;
    const init = b.bundles.filter((x) => x.initMet).length;
    const largest = b.bundles.reduce((x, y) => (y.bytes > x.bytes ? y : x));
    const slowest = b.bundles.reduce((x, y) => (y.initRatio > x.initRatio ? y : x));
    rows.push(
      `| Bundle ≤ 150 KB (SDK external) | ${size} of ${b.bundles.length} (largest: ${largest.name}, ${kb(largest.bytes)} KB) | ${yes(size === b.bundles.length)} |`,
    );
    rows.push(
      `| Cold init ≤ 1.5× the minimal handler | ${init} of ${b.bundles.length} (slowest: ${slowest.name}, ${slowest.initRatio}×) | ${yes(init === b.bundles.length)} |`,
    );
  }
  const http = results.httpLoad;
  if (http) {
    const scenario = (name: string) => http.scenarios.find((s) => s.scenario === name);
    const raw = scenario(SCENARIO.raw);
    for (const [label, name] of [
      ['earn', SCENARIO.earn],
      ['redemption', SCENARIO.redemption],
    ] as const) {
      const s = scenario(name);
      if (!s || !raw || !s.vsRaw) continue;
      const clean = s.unexpected === 0 && s.errors === 0;
      rows.push(
        `| HTTP ${label} ≥ 0.6× the raw 2-item transaction (16 clients, same run) | ${s.requestsPerSecond} req/s vs raw ${raw.requestsPerSecond}/s = **${s.vsRaw.throughput}×**; p50 ${s.latencyMs.p50} / ${raw.latencyMs.p50} ms, p99 ${s.latencyMs.p99} / ${raw.latencyMs.p99} ms; ${s.unexpected} unexpected, ${s.errors} errors | ${yes(s.vsRaw.throughput >= 0.6 && clean)} |`,
      );
    }
    const race = scenario(SCENARIO.race);
    if (race)
      rows.push(
        `| HTTP redemption race: only 201 or 409 | ${race.requestsPerSecond} req/s, p99 ${race.latencyMs.p99} ms, ${Object.entries(
          race.statusCodes,
        )
          .map(([c, n]) => `${c}: ${n}`)
          .join(', ')}, ${race.unexpected} unexpected | ${yes(race.unexpected === 0 && race.errors === 0)} |`,
      );
  }
  const hk = results.hotKeys;
  if (hk) {
    const top = hk.top[0];
    rows.push(
      `| Hot keys: no item (but a member's or a transaction's own) in more than ${(hk.goalShare * 100).toFixed(0)}% of requests, ${hk.members} members | largest: ${top ? `\`${cell(top.item)}\` in ${(top.share * 100).toFixed(2)}%` : 'none'} of ${hk.requests} mixed requests | ${yes(hk.met)} |`,
    );
  }
  const earnCost = results.cost?.rows.find((row) => row.operation === 'earn');
  const floor = results.cost?.rows.find((row) => row.operation.startsWith('floor'));
  if (earnCost && floor)
    rows.push(
      `| Cost of a million earns (AWS list prices) | $${earnCost.usdPerMillion.total.toFixed(2)}, against $${floor.usdPerMillion.total.toFixed(2)} for a bare 2-item transaction behind the same API | — |`,
    );
  return rows;
}

function writeUnitsTable(wu: WriteUnitsResult): string[] {
  const rows = [
    '| Operation | Status | jifen items written (bytes) | jifen WCU: table | + index | = total | Local reported (table + index) | Naive items | Naive WCU: table | = total | Naive ÷ jifen (table / total) | Reads (Local RCU) | Target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const op of wu.operations) {
    const items = op.jifen.items.map((item) => `${item.item} ${item.bytes} B`).join(', ') || '—';
    const indexes = op.jifen.indexWrites.map((w) => `${w.index} ${w.kind}`).join(', ');
    const naive = op.naive;
    const target = op.target ? `≤ ${op.target.maxTableWcu}: ${yes(op.target.met)}` : '—';
    rows.push(
      `| ${cell(op.operation)} | ${op.status} | ${items} | ${op.jifen.tableWcu} | ${op.jifen.indexWcu}${indexes ? ` (${indexes})` : ''} | **${op.jifen.totalWcu}** | ${op.jifen.local.table} + ${op.jifen.local.indexes} | ${naive ? naive.items.length : '—'} | ${naive?.tableWcu ?? '—'} | ${naive?.totalWcu ?? '—'} | ${op.ratio.table ?? '—'} / ${op.ratio.total ?? '—'} | ${op.jifen.reads} (${op.jifen.localRcu}) | ${target} |`,
    );
  }
  return rows;
}

function httpTable(http: HttpLoadResult): string[] {
  const rows = [
    '| Scenario | req/s | p50 ms | p99 ms | max ms | Errors (timeouts) | Answers by status | Unexpected | Throughput ÷ raw | p50 × raw | p99 × raw | CPU ms per answer: DynamoDB Local + server + client |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of http.scenarios) {
    const codes = Object.entries(s.statusCodes)
      .map(([code, count]) => `${code}: ${count}`)
      .join(', ');
    const cpu = s.cpuMsPerAnswer
      ? `${s.cpuMsPerAnswer.dynamoDbLocal} + ${s.cpuMsPerAnswer.server} + ${s.cpuMsPerAnswer.client}`
      : '—';
    rows.push(
      `| ${cell(s.scenario)} | ${s.requestsPerSecond} | ${s.latencyMs.p50} | ${s.latencyMs.p99} | ${s.latencyMs.max} | ${s.errors} (${s.timeouts}) | ${codes} | ${s.unexpected} | ${s.vsRaw?.throughput ?? '—'} | ${s.vsRaw?.p50 ?? '—'} | ${s.vsRaw?.p99 ?? '—'} | ${cpu} |`,
    );
  }
  return rows;
}

function inProcessTable(ip: InProcessResult): string[] {
  const rows = [
    '| Handler | Route | Answers | p50 µs | p99 µs | mean µs | Quietest-round p99 µs | p99 ≤ 2 ms | GC pauses (total / longest µs) | Calls > 1 ms (during GC) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const h of ip.handlers) {
    const statuses = Object.entries(h.statuses)
      .map(([code, count]) => `${code}×${count}`)
      .join(', ');
    rows.push(
      `| ${h.handler} | \`${h.route}\` | ${statuses}${h.happyPath ? '' : ' (**not the happy path**)'} | ${h.p50Us} | ${h.p99Us} | ${h.meanUs} | ${h.quietestRoundP99Us} | ${yes(h.met)} | ${h.gc.pauses} (${h.gc.totalUs} / ${h.gc.maxUs}) | ${h.slowCalls} (${h.slowCallsDuringGc}) |`,
    );
  }
  for (const name of ip.withoutRequest)
    rows.push(
      `| ${name} | — | **not measured: no happy-path request in bench/in-process.ts** | — | — | — | — | **no** | — | — |`,
    );
  return rows;
}

function allocationsTable(ip: InProcessResult): string[] {
  const rows = ['| Handler | KB allocated per call | Biggest allocators (KB per call) |', '|---|---|---|'];
  for (const a of ip.allocations) {
    rows.push(`| ${a.handler} | ${a.kbPerCall} | ${a.biggest.map((b) => `${b.source} ${b.kbPerCall}`).join(', ')} |`);
  }
  return rows;
}

function bundlesTable(b: BundlesResult): string[] {
  const rows = [
    '| Function | KB, SDK external (deployed) | KB, SDK bundled | Cold init ms (median) | × minimal handler | ≤ 150 KB | ≤ 1.5× | Biggest packages (KB in bundle) | Biggest folders (KB) |',
    '|---|---|---|---|---|---|---|---|---|',
    `| *minimal middy + zod + DynamoDB handler* | ${kb(b.baseline.bytes)} | ${kb(b.baseline.bytesWithSdk)} | ${b.baseline.initMs} | 1 | — | — | — | — |`,
  ];
  for (const x of b.bundles) {
    const biggest = x.biggestPackages.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ') || '—';
    const folders = x.biggestFolders.map((f) => `${f.name} ${kb(f.bytes)}`).join(', ') || '—';
    rows.push(
      `| ${x.name} | ${kb(x.bytes)} | ${kb(x.bytesWithSdk)} | ${x.initMs} | ${x.initRatio} | ${yes(x.sizeMet)} | ${yes(x.initMet)} | ${biggest} | ${folders} |`,
    );
  }
  return rows;
}

function hotKeysTable(hk: HotKeysResult): string[] {
  const rows = [
    "| Item (not a member's or a transaction's own) | Requests that read or wrote it | Share of all requests |",
    '|---|---|---|',
  ];
  for (const t of hk.top) rows.push(`| \`${cell(t.item)}\` | ${t.requests} | ${(t.share * 100).toFixed(2)}% |`);
  rows.push(
    '',
    '| Kind | Requests | Answers by status | Items read per request | Queries per request | Writes per request |',
    '|---|---|---|---|---|---|',
  );
  for (const [kind, stats] of Object.entries(hk.byKind)) {
    const per = hk.perKind[kind]!;
    const statuses = Object.entries(stats.statuses)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    rows.push(`| ${kind} | ${stats.requests} | ${statuses} | ${per.readItems} | ${per.queries} | ${per.writes} |`);
  }
  return rows;
}

function costTable(cost: CostResult): string[] {
  const rows = [
    '| Operation | Write units | Read units | DynamoDB round trips | In-process ms | Billed Lambda ms | DynamoDB $ | HTTP API $ | Lambda $ | **Total $ per million** |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of cost.rows) {
    const usd = r.usdPerMillion;
    rows.push(
      `| ${r.operation} | ${r.wru} | ${r.rru} | ${r.roundTrips} | ${r.inProcessMs} | ${r.billedMs} | ${usd.dynamoDb.toFixed(2)} | ${usd.httpApi.toFixed(2)} | ${usd.lambda.toFixed(2)} | **${usd.total.toFixed(2)}** |`,
    );
  }
  return rows;
}

export function markdown(results: BenchResults): string {
  const m = results.machine;
  const out: string[] = [
    '# jifen benchmark results',
    '',
    `Run ${m.date} on ${m.os}, ${m.cores} × ${m.cpu}, Node ${m.node}; load average at start ${m.loadAverageAtStart.map((l) => l.toFixed(2)).join(' / ')} (a shared machine: absolute figures are noisy, ratios measured in the same run are the ones to compare). Full run: ${results.durationSeconds} s. How to read each figure: bench/README.md.`,
    '',
    '## Against the targets',
    '',
    ...summary(results),
  ];
  if (results.writeUnits) {
    out.push(
      '',
      '## Write units per operation (computed from the items written; DynamoDB Local alongside)',
      '',
      ...writeUnitsTable(results.writeUnits),
      '',
    );
    out.push(...results.writeUnits.notes.map((note) => `- ${note}`));
  }
  if (results.httpLoad) {
    out.push(
      '',
      "## Local HTTP throughput and latency beside DynamoDB Local's own (autocannon → `bootLocal()` server → DynamoDB Local; the raw transaction from the SDK)",
      '',
      ...httpTable(results.httpLoad),
      '',
    );
    out.push(...results.httpLoad.notes.map((note) => `- ${note}`));
    out.push(`- The racing member starts with ${results.httpLoad.raceStartingBalance ?? '?'} points.`);
  }
  if (results.inProcess) {
    out.push(
      '',
      '## In-process handler overhead (DynamoDB mocked, answers at once)',
      '',
      ...inProcessTable(results.inProcess),
      '',
    );
    if (results.inProcess.allocations.length > 0) out.push(...allocationsTable(results.inProcess), '');
    out.push(...results.inProcess.notes.map((note) => `- ${note}`));
  }
  if (results.bundles) {
    out.push(
      '',
      '## Bundle size and cold init (built as the stack builds them)',
      '',
      ...bundlesTable(results.bundles),
      '',
    );
    out.push(...results.bundles.notes.map((note) => `- ${note}`));
  }
  if (results.hotKeys) {
    out.push(
      '',
      `## Hot-key audit (mixed workload over ${results.hotKeys.members} members on DynamoDB Local)`,
      '',
      ...hotKeysTable(results.hotKeys),
      '',
    );
    out.push(...results.hotKeys.notes.map((note) => `- ${note}`));
  }
  if (results.cost) {
    out.push('', '## The cost of a million (AWS list prices)', '', ...costTable(results.cost), '');
    out.push(...results.cost.notes.map((note) => `- ${note}`));
  }
  if (results.failures.length > 0) {
    out.push(
      '',
      '## Sections that failed (crashed, or left something unmeasured)',
      '',
      ...results.failures.map((f) => `- ${f.section}: ${cell(f.error)}`),
    );
  }
  return `${out.join('\n')}\n`;
}
