import * as fc from 'fast-check';

/**
 * How a property run is split: `runs` cases of one seed from case `first` (0
 * unless `JIFEN_CASES` picks a slice), cut into
 * contiguous slices that `lanes` concurrent `fc.check` calls take one each.
 * A slice starts at a path offset, so every path in a failure report is a
 * position in the seed's whole stream: `JIFEN_SEED=<seed> JIFEN_PATH=<path>`
 * replays that one case, whatever the lane count was (for a shrunk case of
 * `fc.commands`, add `JIFEN_REPLAY_PATH=<the counterexample's replayPath>`).
 */
export interface LanePlan {
  seed: number;
  /** The seed's first case this run checks: a deep run too long for one sitting is checked in slices of one seed. */
  first: number;
  runs: number;
  lanes: number;
  /** Set when replaying one reported case: only that case runs, unshrunk. */
  replayPath: string | null;
  /** The `replayPath` that `fc.commands` printed with a shrunk counterexample, for its shrinker to walk the same way. */
  commandsReplayPath: string | undefined;
}

/**
 * The plan from the environment: `JIFEN_SEED` alone reruns the whole run with
 * that seed; with `JIFEN_PATH` too, it replays just the case at that path;
 * with `JIFEN_CASES=<from>-<to>` too, it checks that seed's cases from `from`
 * up to (not including) `to`, so slices that together cover 0 to `runs`
 * check exactly what one whole run checks.
 */
export function lanePlan(runs: number, lanes: number, env: NodeJS.ProcessEnv = process.env): LanePlan {
  if (env.JIFEN_PATH !== undefined && env.JIFEN_SEED === undefined)
    throw new Error('JIFEN_PATH needs the JIFEN_SEED it was reported with');
  if (env.JIFEN_CASES !== undefined && env.JIFEN_SEED === undefined)
    throw new Error('JIFEN_CASES needs a JIFEN_SEED, so that its slices are of one run');
  const seed = env.JIFEN_SEED === undefined ? randomSeed() : Number(env.JIFEN_SEED);
  if (!Number.isInteger(seed)) throw new Error(`JIFEN_SEED must be an integer, got ${env.JIFEN_SEED}`);
  if (env.JIFEN_PATH !== undefined)
    return { seed, first: 0, runs: 1, lanes: 1, replayPath: env.JIFEN_PATH, commandsReplayPath: env.JIFEN_REPLAY_PATH };
  const slice = env.JIFEN_CASES === undefined ? { from: 0, to: runs } : casesOf(env.JIFEN_CASES);
  return {
    seed,
    first: slice.from,
    runs: slice.to - slice.from,
    lanes,
    replayPath: null,
    commandsReplayPath: undefined,
  };
}

function casesOf(cases: string): { from: number; to: number } {
  const [, from, to] = /^(\d+)-(\d+)$/.exec(cases) ?? [];
  if (from === undefined || to === undefined || Number(to) <= Number(from))
    throw new Error(`JIFEN_CASES must be <from>-<to> with from < to, got ${cases}`);
  return { from: Number(from), to: Number(to) };
}

/** fast-check's own default seed, drawn here so that it can be printed whatever happens. */
function randomSeed(): number {
  return Date.now() ^ (Math.random() * 0x1_0000_0000);
}

/** fast-check parameters of each lane. */
export function laneParameters(plan: LanePlan): fc.Parameters<unknown>[] {
  if (plan.replayPath !== null) return [{ seed: plan.seed, path: plan.replayPath, numRuns: 1, endOnFailure: true }];
  const size = Math.ceil(plan.runs / plan.lanes);
  const lanes: fc.Parameters<unknown>[] = [];
  for (let start = 0; start < plan.runs; start += size) {
    // A path without ':' starts the run at that case and goes on for numRuns cases.
    lanes.push({ seed: plan.seed, path: String(plan.first + start), numRuns: Math.min(size, plan.runs - start) });
  }
  return lanes;
}

export interface Lane<Ts> {
  property: fc.IAsyncProperty<Ts>;
  /** Releases what the lane holds (e.g. its table) once its cases are done. */
  close(): Promise<void>;
}

export interface LaneSummary {
  /** Cases run, as fast-check counts them (shrinking excluded). */
  cases: number;
  /** Every lane's failure report and every failed close, empty when all passed. */
  failures: string[];
}

/** Runs the lanes at once; a failing lane does not stop the others, and every failure is kept. */
export async function checkInLanes<Ts>(
  plan: LanePlan,
  openLane: (lane: number) => Promise<Lane<Ts>>,
): Promise<LaneSummary> {
  const results = await Promise.all(
    laneParameters(plan).map(async (parameters, index) => {
      const lane = await openLane(index);
      const details = await fc.check(lane.property, parameters as fc.Parameters<Ts>);
      const failures = details.failed
        ? [
            `lane ${index}: ${fc.defaultReportMessage(details)}\n${replayHint(details)}\nCaused by: ${describe(details.errorInstance)}`,
          ]
        : [];
      await lane.close().catch((error: unknown) => failures.push(`lane ${index}: closing failed: ${describe(error)}`));
      return { cases: details.numRuns, failures };
    }),
  );
  return { cases: results.reduce((sum, r) => sum + r.cases, 0), failures: results.flatMap((r) => r.failures) };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? String(error)) : String(error);
}

/** The environment that replays a failed case (fc.commands prints the replayPath its shrinker needs inside the counterexample). */
function replayHint<Ts>(details: fc.RunDetails<Ts>): string {
  const commandsPath = /\/\*replayPath="([^"]*)"\*\//.exec(fc.stringify(details.counterexample))?.[1];
  const env = [`JIFEN_SEED=${details.seed}`, `JIFEN_PATH=${details.counterexamplePath}`];
  if (commandsPath !== undefined) env.push(`JIFEN_REPLAY_PATH=${commandsPath}`);
  return `Replay: ${env.join(' ')}`;
}
