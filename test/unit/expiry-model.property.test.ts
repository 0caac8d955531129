import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueLotsBound, lastDuePostingDay, lotsListedFrom } from '../../shared/application/jobs/expiry.js';
import {
  dueExpiries,
  expirySchedule,
  lotExpiresAt,
  oldestOpenLot,
  type ExpiryAmount,
  type Lot,
} from '../../shared/domain/expiry.js';
import { ledgerPosition } from '../../shared/domain/ledger.js';

/**
 * FIFO expiry over cumulative counters (what the engine stores) against the
 * obvious lot-by-lot model (what the rule says): every credit is a lot holding
 * its points, every debit takes from the oldest lots, an expiry run empties the
 * lots that are due. The counter side is driven the way the expiry job drives
 * it: lots listed from the member's oldest open lot, one entry per due date.
 */

const DAY = 86_400_000;
const START = Date.UTC(2027, 0, 1);

/** Independent of the engine's calendar code: 00:00 UTC of the posting day plus whole months, clamped to the month's end. */
function modelExpiry(postedAt: number, months: number): string {
  const posted = new Date(postedAt);
  const year = posted.getUTCFullYear();
  const month = posted.getUTCMonth() + months;
  const daysInTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(posted.getUTCDate(), daysInTarget))).toISOString();
}

interface ModelLot {
  position: string;
  postedAt: number;
  remaining: number;
}

type Op =
  | { kind: 'credit'; points: number; gapMs: number; txId: string }
  | { kind: 'debit'; points: number; gapMs: number }
  | { kind: 'expire'; gapMs: number };

/** Gaps from the same millisecond (ties sort by transaction id) to over a year. */
const gap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 3_600_000 }),
  fc.integer({ min: 1, max: 40 }).map((days) => days * DAY),
  fc.integer({ min: 0, max: 400 * DAY }),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  // earn, a positive adjustment, or a redemption given back: all are new lots
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('credit' as const),
      points: fc.integer({ min: 1, max: 500 }),
      gapMs: gap,
      txId: fc.stringMatching(/^tx_[a-z0-9]{6}$/),
    }),
  },
  // a redemption, an earn reversal or a negative adjustment: never below zero
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('debit' as const), points: fc.integer({ min: 1, max: 700 }), gapMs: gap }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('expire' as const), gapMs: gap }) },
);

function groupByDate(lots: { expiresAt: string; points: number }[]): ExpiryAmount[] {
  const byDate = new Map<string, number>();
  for (const { expiresAt, points } of lots)
    if (points > 0) byDate.set(expiresAt, (byDate.get(expiresAt) ?? 0) + points);
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([expiresAt, points]) => ({ expiresAt, points }));
}

describe('Property: FIFO expiry over cumulative counters', () => {
  it('matches a lot-by-lot model over random credits, debits and expiry runs', () => {
    // biome-ignore lint/nursery/noFloatingPromises: fc.assert of a synchronous fc.property returns void; Biome picks the async overload.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 730 * DAY }),
        fc.array(op, { minLength: 1, maxLength: 40 }),
        (expiryMonths, startOffset, ops) => {
          let now = START + startOffset;
          // the lot-by-lot model, in posting order
          const model: ModelLot[] = [];
          // the counters, as the member item and the ledger hold them
          const lots: Lot[] = [];
          let credited = 0;
          let debited = 0;
          let pointer: string | null = null;
          let balance = 0;

          const listed = () =>
            pointer === null
              ? []
              : lots
                  .filter((lot) => lot.position >= lotsListedFrom(pointer!))
                  .sort((a, b) => a.position.localeCompare(b.position));
          const debit = (points: number) => {
            debited += points;
            balance -= points;
            if (balance === 0) pointer = null; // closeLots
          };

          for (const step of ops) {
            now += step.gapMs;
            const createdAt = new Date(now).toISOString();
            if (step.kind === 'credit') {
              const position = ledgerPosition(createdAt, `${step.txId}${lots.length}`);
              credited += step.points;
              balance += step.points;
              lots.push({ position, createdAt, cumulative: credited });
              pointer ??= position; // openLotIfNone
              model.push({ position, postedAt: now, remaining: step.points });
            } else if (step.kind === 'debit') {
              const points = Math.min(step.points, balance);
              if (points === 0) continue;
              debit(points);
              let left = points;
              for (const lot of model) {
                const take = Math.min(lot.remaining, left);
                lot.remaining -= take;
                left -= take;
              }
            } else {
              const asOf = new Date(now);
              // The member is found by the lots index whenever something is due.
              const anyDue = dueExpiries(listed(), debited, expiryMonths, asOf).length > 0;
              if (anyDue) expect(pointer! <= dueLotsBound(asOf, expiryMonths)).toBe(true);

              const posted: ExpiryAmount[] = [];
              for (const { expiresAt } of dueExpiries(listed(), debited, expiryMonths, asOf)) {
                // recomputed per date from the counters as they are, as the job's decide step does
                const due = dueExpiries(listed(), debited, expiryMonths, new Date(expiresAt)).find(
                  (d) => d.expiresAt === expiresAt,
                );
                if (!due) continue;
                posted.push(due);
                debit(due.points);
              }
              if (pointer !== null) {
                const open = oldestOpenLot(listed(), debited);
                if (open) pointer = open.position;
              }

              const expected = groupByDate(
                model
                  .filter((lot) => Date.parse(modelExpiry(lot.postedAt, expiryMonths)) <= now)
                  .map((lot) => ({ expiresAt: modelExpiry(lot.postedAt, expiryMonths), points: lot.remaining })),
              );
              for (const lot of model)
                if (Date.parse(modelExpiry(lot.postedAt, expiryMonths)) <= now) lot.remaining = 0;
              expect(posted).toEqual(expected);
            }

            // after every step: same balance, same points in every lot, same schedule ahead
            expect(credited - debited).toBe(balance);
            expect(balance).toBe(model.reduce((sum, lot) => sum + lot.remaining, 0));
            expect(pointer === null).toBe(balance === 0);
            expect(expirySchedule(listed(), debited, expiryMonths)).toEqual(
              groupByDate(
                model.map((lot) => ({ expiresAt: modelExpiry(lot.postedAt, expiryMonths), points: lot.remaining })),
              ),
            );
            const open = new Set(model.filter((lot) => lot.remaining > 0).map((lot) => lot.position));
            // every lot still holding points is listed from the pointer, and it is the first such lot
            expect(
              new Set(
                listed()
                  .filter((lot) => lot.cumulative > debited)
                  .map((lot) => lot.position),
              ),
            ).toEqual(open);
            if (open.size > 0) expect(oldestOpenLot(listed(), debited)!.position).toBe([...open].sort()[0]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('bounds the lots index exactly: every posting of the last due day is due, none of the next day', () => {
    // biome-ignore lint/nursery/noFloatingPromises: fc.assert of a synchronous fc.property returns void; Biome picks the async overload.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 4 * 365 * DAY }),
        (expiryMonths, offset) => {
          const asOf = new Date(START + offset);
          const lastDay = lastDuePostingDay(asOf, expiryMonths);
          const lastMoment = new Date(lastDay.getTime() + DAY - 1).toISOString();
          const nextDay = new Date(lastDay.getTime() + DAY).toISOString();

          expect(lotExpiresAt(lastMoment, expiryMonths).getTime()).toBeLessThanOrEqual(asOf.getTime());
          expect(lotExpiresAt(nextDay, expiryMonths).getTime()).toBeGreaterThan(asOf.getTime());
          expect(ledgerPosition(lastMoment, 'tx_zzzz') <= dueLotsBound(asOf, expiryMonths)).toBe(true);
          expect(ledgerPosition(nextDay, 'tx_0000') <= dueLotsBound(asOf, expiryMonths)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('treats month ends as the calendar does: 31 Jan + 1 month expires on 28 Feb, found by a run on 28 Feb', () => {
    const asOf = new Date('2027-02-28T00:00:00.000Z');
    expect(lotExpiresAt('2027-01-31T23:59:59.999Z', 1).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(lastDuePostingDay(asOf, 1).toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(dueLotsBound(asOf, 1)).toBe('2027-02-01T00:00:00.000Z');
  });
});
