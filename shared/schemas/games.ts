import * as z from 'zod/mini';
import { GAME_KINDS, MAX_PRIZES, MAX_TICKETS } from '../domain/games.js';
import type { NamedSchema } from './answers.js';
import { id, intBetween, isoTime, positivePoints, spendCode, text } from './common.js';

export const gameParams = z.object({ gameId: id });

/** A prize id is written into the committed order joined by commas, and `-` marks a blank: neither may occur in it. */
const prizeId = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:@+]{0,63}$/, {
    error: 'must be 1–64 characters: letters, digits and . _ : @ + (no comma or -)',
  }),
);

const prize = z
  .strictObject({
    prizeId,
    name: text(200),
    points: z.optional(positivePoints),
    rewardId: z.optional(id),
    count: intBetween(1, MAX_TICKETS),
  })
  .check(
    z.refine((p) => (p.points === undefined) !== (p.rewardId === undefined), {
      error: 'give exactly one of points or rewardId',
      path: ['points'],
    }),
  );

/** `conditions` may arrive empty: the use case answers that with `disclosure_required`, not a generic 400. */
export const gameBody = z.strictObject({
  name: text(200),
  kind: z.enum(GAME_KINDS),
  conditions: z.optional(z.string().check(z.maxLength(4_000))),
  costPoints: positivePoints,
  prizes: z.array(prize).check(z.maxLength(MAX_PRIZES)),
  blanks: intBetween(0, MAX_TICKETS),
  startsAt: isoTime,
  endsAt: isoTime,
});

export const playBody = z.strictObject({ memberId: id, spendCode: z.optional(spendCode) });

const int = z.int();
const prizeLine = { prizeId: z.string(), name: z.string(), points: int, rewardId: z.optional(z.string()) };

/** What the rules page discloses of a game: its table, odds and commitment. */
export const gameRules = z.object({
  gameId: z.string(),
  name: z.string(),
  kind: z.enum(GAME_KINDS),
  conditions: z.string(),
  costPoints: int,
  tickets: int,
  prizes: z.array(z.object({ ...prizeLine, count: int })),
  expectedReturnPoints: z.number(),
  commitment: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});

export const gameAnswer: NamedSchema = {
  name: 'Game',
  schema: z.object({
    ...gameRules.shape,
    remaining: int,
    prizes: z.array(z.object({ ...prizeLine, count: int, remaining: int })),
    reveal: z.nullable(z.object({ seed: z.string(), order: z.array(z.string()) })),
  }),
};

export const playAnswer: NamedSchema = {
  name: 'GamePlay',
  schema: z.object({
    transactionId: z.string(),
    memberId: z.string(),
    gameId: z.string(),
    ticket: int,
    prize: z.nullable(z.object(prizeLine)),
    points: int,
    balances: z.object({ points: int, green: int }),
  }),
};
