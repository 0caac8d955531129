import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInLanes, laneParameters, lanePlan, type LanePlan } from '../helpers/property-lanes.js';

/**
 * The deep property run splits one seed's cases over concurrent lanes; what
 * it reports must still be a seed and a path that replay the failing case.
 */

const SEED = 424_242;
// Unbiased, so that one value of the run is (almost surely) unlike every other.
const valueArb = fc.noBias(fc.integer({ min: 0, max: 1_000_000_000 }));

/** The first `runs` values fast-check generates for the seed, in one serial run. */
async function serialValues(runs: number): Promise<number[]> {
  const seen: number[] = [];
  await fc.assert(
    fc.asyncProperty(valueArb, async (value) => {
      seen.push(value);
    }),
    { seed: SEED, numRuns: runs },
  );
  return seen;
}

const plan = (runs: number, lanes: number): LanePlan => ({
  seed: SEED,
  first: 0,
  runs,
  lanes,
  replayPath: null,
  commandsReplayPath: undefined,
});

describe('Function: laneParameters', () => {
  it('cuts the runs into contiguous slices, one per lane, that cover every case once', () => {
    const lanes = laneParameters(plan(10, 4));

    expect(lanes.map((lane) => [lane.path, lane.numRuns])).toEqual([
      ['0', 3],
      ['3', 3],
      ['6', 3],
      ['9', 1],
    ]);
    expect(new Set(lanes.map((lane) => lane.seed))).toEqual(new Set([SEED]));
  });
});

describe('Function: lanePlan', () => {
  it('draws a seed and keeps the runs and lanes when nothing is set', () => {
    const drawn = lanePlan(100, 4, {});

    expect(Number.isInteger(drawn.seed)).toBe(true);
    expect(drawn).toMatchObject({ runs: 100, lanes: 4, replayPath: null });
  });

  it('reruns the whole run with JIFEN_SEED alone', () => {
    expect(lanePlan(100, 4, { JIFEN_SEED: '-17' })).toEqual({
      seed: -17,
      first: 0,
      runs: 100,
      lanes: 4,
      replayPath: null,
      commandsReplayPath: undefined,
    });
  });

  it('replays one case with JIFEN_SEED and JIFEN_PATH (and the commands replay path)', () => {
    const replay = lanePlan(100, 4, { JIFEN_SEED: '7', JIFEN_PATH: '4718:2', JIFEN_REPLAY_PATH: 'D:B' });

    expect(replay).toEqual({ seed: 7, first: 0, runs: 1, lanes: 1, replayPath: '4718:2', commandsReplayPath: 'D:B' });
    expect(laneParameters(replay)).toEqual([{ seed: 7, path: '4718:2', numRuns: 1, endOnFailure: true }]);
  });

  it('checks a slice of one seed with JIFEN_CASES, so slices covering every case check what one whole run does', () => {
    const slices = ['0-6', '6-10'].map((cases) => lanePlan(10, 2, { JIFEN_SEED: String(SEED), JIFEN_CASES: cases }));

    const covered = slices.flatMap((slice) =>
      laneParameters(slice).flatMap((lane) =>
        Array.from({ length: lane.numRuns! }, (_, offset) => Number(lane.path) + offset),
      ),
    );
    const whole = laneParameters(plan(10, 2)).flatMap((lane) =>
      Array.from({ length: lane.numRuns! }, (_, offset) => Number(lane.path) + offset),
    );
    expect(slices.map(({ first, runs }) => [first, runs])).toEqual([
      [0, 6],
      [6, 4],
    ]);
    expect(covered).toEqual(whole);
  });

  it('refuses a path or a slice without its seed, a seed that is not an integer, and a slice that is not one', () => {
    expect(() => lanePlan(100, 4, { JIFEN_PATH: '3' })).toThrow(/JIFEN_SEED/);
    expect(() => lanePlan(100, 4, { JIFEN_CASES: '0-10' })).toThrow(/JIFEN_SEED/);
    expect(() => lanePlan(100, 4, { JIFEN_SEED: 'abc' })).toThrow(/integer/);
    expect(() => lanePlan(100, 4, { JIFEN_SEED: '1', JIFEN_CASES: '10-10' })).toThrow(/from < to/);
    expect(() => lanePlan(100, 4, { JIFEN_SEED: '1', JIFEN_CASES: '5' })).toThrow(/from < to/);
  });
});

describe('Function: checkInLanes', () => {
  it('runs exactly the cases of a serial run with the same seed', async () => {
    const serial = await serialValues(40);
    const seen: number[] = [];

    const summary = await checkInLanes(plan(40, 4), async () => ({
      property: fc.asyncProperty(valueArb, async (value) => {
        seen.push(value);
      }),
      close: async () => {},
    }));

    expect(summary).toEqual({ cases: 40, failures: [] });
    expect([...seen].sort((a, b) => a - b)).toEqual([...serial].sort((a, b) => a - b));
  });

  it('reports a failure in a later lane with the path of the whole stream, which replays it', async () => {
    // Arrange: the property fails on the 31st value of the serial run only (so shrinking finds nothing smaller).
    const bad = (await serialValues(40))[30]!;
    const property = () =>
      fc.asyncProperty(valueArb, async (value) => {
        expect(value).not.toBe(bad);
      });

    // Act
    const summary = await checkInLanes(plan(40, 4), async () => ({ property: property(), close: async () => {} }));

    // Assert
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toContain(`{ seed: ${SEED}, path: "30"`);
    expect(summary.failures[0]).toContain(`Counterexample: [${bad}]`);
    const replayed: number[] = [];
    const replay = lanePlan(40, 4, { JIFEN_SEED: String(SEED), JIFEN_PATH: '30' });
    await checkInLanes(replay, async () => ({
      property: fc.asyncProperty(valueArb, async (value) => {
        replayed.push(value);
      }),
      close: async () => {},
    }));
    expect(replayed).toEqual([bad]);
  });

  it('keeps both a lane failure and the failure of closing that lane', async () => {
    const summary = await checkInLanes(plan(5, 1), async () => ({
      property: fc.asyncProperty(valueArb, async () => {
        throw new Error('the case failed');
      }),
      close: async () => {
        throw new Error('closing failed too');
      },
    }));

    expect(summary.failures).toHaveLength(2);
    expect(summary.failures[0]).toContain('the case failed');
    expect(summary.failures[1]).toContain('closing failed too');
  });
});
