import { gameTable, type Game } from './games.js';
import { byDateThenPath, inForce, type ScheduledChange } from './notice.js';
import type { Merchant, Program, Promotion, Reward, Tier } from './program.js';
import { inKeyOrder } from './key-order.js';
import { promotionStatus } from './promotions.js';

/** What the rules page of one configuration version is made from. */
export interface RulesSource {
  version: number;
  /** Null for the version before the first configuration write, and one made before versions were kept, until it is superseded. */
  effectiveFrom: string | null;
  program: Program;
  tiers: Tier[];
  merchants: ReadonlyMap<string, Merchant>;
  rewards: ReadonlyMap<string, Reward>;
  promotions: Promotion[];
  games: { game: Game; commitment: string }[];
}

/**
 * The page as answered: its bytes are one `JSON.stringify` of it, the same
 * whoever read its source, since everything within its fields is in key order.
 */
export type RulesPage = ReturnType<typeof rulesPage>;

const notEnded = (endsAt: string, at: Date) => at.getTime() < Date.parse(endsAt);

/**
 * The public rules page of one configuration version as answered at `at`:
 * everything a member must be told, word for word, with the values in force
 * at `at` and the changes still waiting for their date. Within a version only
 * time changes it, and only by what the page itself shows (a promotion's or
 * game's window, a waiting change's date), so the page of any later moment
 * follows from this one (`advanceRulesPage`).
 */
export function rulesPage(source: RulesSource, at: Date) {
  const fields = pageFields(source, at);
  // The version first, as a reader looks for it; below that, the order a read of the configuration happened to give is gone.
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, inKeyOrder(value)])) as typeof fields;
}

function pageFields(source: RulesSource, at: Date) {
  const program = inForce(source.program, at);
  const rewards = [...source.rewards.values()]
    .filter((reward) => reward.active)
    .map((reward) => inForce(reward, at))
    .sort((a, b) => a.rewardId.localeCompare(b.rewardId));
  return {
    version: source.version,
    effectiveFrom: source.effectiveFrom,
    program: {
      name: program.name,
      currency: program.currency,
      paymentPointsPerUnit: program.paymentPointsPerUnit,
      expiryMonths: program.expiryMonths,
      tierWindowMonths: program.tierWindowMonths,
      creditPerks: program.creditPerks,
      ...(program.birthdayBonus ? { birthdayBonus: program.birthdayBonus } : {}),
    },
    disclosure: program.disclosure,
    earnRules: [...source.merchants.values()]
      .sort((a, b) => a.merchantId.localeCompare(b.merchantId))
      .map(({ merchantId, name, category, green, earnRules }) => ({ merchantId, name, category, green, earnRules })),
    exchangePartners: [...source.merchants.values()]
      .filter((merchant) => merchant.exchange)
      .sort((a, b) => a.merchantId.localeCompare(b.merchantId))
      .map(({ merchantId, name, exchange }) => ({ merchantId, name, ...exchange! })),
    tiers: source.tiers,
    rewards: rewards.map(
      ({
        rewardId,
        name,
        kind,
        costPoints,
        valueMinor,
        balance,
        stock,
        creditOnly,
        priorityWindowHours,
        conditions,
      }) => ({
        rewardId,
        name,
        kind,
        costPoints,
        valueMinor,
        balance,
        limitedStock: stock !== null,
        creditOnly,
        priorityWindowHours,
        conditions,
      }),
    ),
    promotions: source.promotions
      .filter((promotion) => notEnded(promotion.endsAt, at))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((promotion) => ({
        promotionId: promotion.promotionId,
        name: promotion.name,
        startsAt: promotion.startsAt,
        endsAt: promotion.endsAt,
        status: promotionStatus(promotion, at),
        effect: promotion.effect,
        scope: promotion.scope,
        conditions: promotion.conditions,
      })),
    games: source.games
      .filter(({ game }) => notEnded(game.endsAt, at))
      .sort((a, b) => a.game.startsAt.localeCompare(b.game.startsAt) || a.game.gameId.localeCompare(b.game.gameId))
      .map(({ game, commitment }) => gameTable(game, commitment)),
    upcoming: [...(program.upcoming ?? []), ...rewards.flatMap((reward) => reward.upcoming ?? [])].sort(byDateThenPath),
  };
}

/**
 * The page of the same version at a later moment `at`, from the page as it
 * was answered earlier: promotions and games whose window has closed leave
 * it, each promotion's status is the one at `at`, and each waiting change
 * whose date has come applies and leaves `upcoming`. What `rulesPage`
 * answers at `at` (test/unit/domain/rules-page.test.ts holds them equal), so
 * a version's stored page answers for any moment of that version.
 */
export function advanceRulesPage(page: RulesPage, at: Date): RulesPage {
  const due = page.upcoming.filter((change) => Date.parse(change.effectiveAt) <= at.getTime());
  return {
    ...applied(page, due),
    promotions: page.promotions
      .filter((promotion) => notEnded(promotion.endsAt, at))
      .map((promotion) => ({ ...promotion, status: promotionStatus(promotion, at) })),
    games: page.games.filter((game) => notEnded(game.endsAt, at)),
    upcoming: page.upcoming.filter((change) => !due.includes(change)),
  };
}

/** The page with `due` changes applied to the fields they name (`upcoming` is already soonest first). */
function applied(page: RulesPage, due: ScheduledChange[]): RulesPage {
  if (due.length === 0) return page;
  const program: Record<string, unknown> = { ...page.program };
  const rewards = new Map(page.rewards.map((reward) => [reward.rewardId, { ...reward }]));
  for (const { path, to } of due) {
    const [document, ...rest] = path.split('.');
    const field = rest.pop()!;
    const target: Record<string, unknown> | undefined = document === 'program' ? program : rewards.get(rest.join('.'));
    if (target) target[field] = to;
  }
  return { ...page, program: program as RulesPage['program'], rewards: [...rewards.values()] };
}
