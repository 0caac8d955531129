import type { AuditRecord } from '../domain/audit.js';
import { assertKeyExpiryAllowed } from '../domain/api-keys.js';
import { DisclosureRequiredError, MerchantNotFoundError, NotFoundError, ValidationError } from '../domain/errors.js';
import { deferHurtingChanges, type ScheduledChange } from '../domain/notice.js';
import type { Merchant, Program, Promotion, Reward, Tier } from '../domain/program.js';
import { promotionStatus } from '../domain/promotions.js';
import type { Exchange } from '../domain/transfers.js';
import type { Upsert } from '../ports/config-store.js';
import type { ApiKeyListing } from '../ports/key-store.js';
import type { Page } from '../ports/member-store.js';
import type { Deps } from './deps.js';
import { hashSecret, newMerchantKey } from './authenticate.js';
import { paginate } from './paginate.js';
import { loadConfig } from './kept-config.js';

export function assertDisclosed(conditions: string | undefined): asserts conditions is string {
  if (conditions === undefined || conditions.trim() === '') throw new DisclosureRequiredError();
}

/** The program as in force now, with the changes still waiting for their date. */
export async function getProgram(deps: Deps): Promise<Program> {
  return (await loadConfig(deps, {})).program;
}

/** A write some of whose changes wait for their notice date: the latest such date, and every change waiting. */
export interface Deferral {
  effectiveAt: string;
  upcoming: ScheduledChange[];
}

/** What a write of a noticeable document saved, and what of it waits (null: it all applies at once). */
export interface NoticedWrite<T> {
  saved: T;
  deferral: Deferral | null;
}

function deferralOf(deferred: ScheduledChange[], upcoming: ScheduledChange[] | undefined): Deferral | null {
  if (deferred.length === 0) return null;
  const effectiveAt = deferred
    .map((change) => change.effectiveAt)
    .sort()
    .at(-1)!;
  return { effectiveAt, upcoming: upcoming ?? [] };
}

/**
 * The operator's configuration. Each write takes the operator action's audit
 * line, if any, and the store writes it in the same transaction as the change.
 * A change that hurts members waits the notice days in force before this
 * write (so lowering `noticeDays` in the same write does not skip the notice).
 */
export async function putProgram(
  deps: Deps,
  body: Omit<Program, 'birthdayBonus' | 'upcoming'> & { birthdayBonus?: { points: number; conditions?: string } },
  audit?: AuditRecord,
): Promise<NoticedWrite<Program>> {
  const { birthdayBonus, ...rest } = body;
  let program: Program = rest;
  if (birthdayBonus) {
    // A bonus is never offered without its conditions stated, like every reward's.
    assertDisclosed(birthdayBonus.conditions);
    program = { ...rest, birthdayBonus: { points: birthdayBonus.points, conditions: birthdayBonus.conditions } };
  }
  const stored = (await deps.config.load({})).program;
  const { document, deferred } = deferHurtingChanges(
    'program',
    'program',
    stored,
    program,
    stored.noticeDays ?? 0,
    deps.clock.now(),
  );
  await deps.config.putProgram(document, audit);
  return { saved: document, deferral: deferralOf(deferred, document.upcoming) };
}

/** Tiers lowest first; the lowest qualifies everyone, so it may state no threshold. */
export async function putTiers(deps: Deps, tiers: Tier[], audit?: AuditRecord): Promise<{ tiers: Tier[] }> {
  const lowest = tiers[0]!;
  if (Object.keys(lowest.qualification).length > 0) {
    throw new ValidationError([
      { path: 'tiers.0.qualification', message: 'the lowest tier must have no threshold ({})' },
    ]);
  }
  const errors = tiers
    .slice(1)
    .flatMap((tier, i) =>
      Object.keys(tier.qualification).length === 0
        ? [{ path: `tiers.${i + 1}.qualification`, message: 'a tier above the lowest needs at least one threshold' }]
        : [],
    );
  const ids = tiers.map((tier) => tier.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) errors.push({ path: `tiers.${i}.id`, message: `duplicate tier id ${id}` });
  });
  if (errors.length > 0) throw new ValidationError(errors);
  await deps.config.putTiers(tiers, audit);
  return { tiers };
}

/** All of a merchant's earn rules credit one balance, so every earn is one ledger entry. */
export async function putMerchant(
  deps: Deps,
  body: Omit<Merchant, 'exchange'> & { exchange?: Omit<Exchange, 'conditions'> & { conditions?: string | undefined } },
  audit?: AuditRecord,
): Promise<{ upsert: Upsert; merchant: Merchant }> {
  const { exchange, ...rest } = body;
  let merchant: Merchant = rest;
  if (exchange) {
    // Points are never offered for a partner's currency without its conditions stated, like every reward's.
    assertDisclosed(exchange.conditions);
    merchant = { ...rest, exchange: { ...exchange, conditions: exchange.conditions } };
  }
  const balances = new Set(
    merchant.earnRules.map((rule) => (rule.kind === 'spend' ? (rule.balance ?? 'points') : 'points')),
  );
  if (balances.size > 1) {
    throw new ValidationError([
      { path: 'earnRules', message: 'all earn rules of a merchant must credit the same balance' },
    ]);
  }
  return { upsert: await deps.config.putMerchant(merchant, audit), merchant };
}

/**
 * A new key for a merchant, working until `expiresAt` if given (at most two
 * years ahead). The audit line names the new key, whose id is made here; never its secret.
 */
export async function createMerchantKey(
  deps: Deps,
  request: { merchantId: string; expiresAt?: string | undefined },
  audit?: AuditRecord,
): Promise<{ keyId: string; apiKey: string; createdAt: string; expiresAt: string | null }> {
  const now = deps.clock.now();
  if (request.expiresAt !== undefined) assertKeyExpiryAllowed(request.expiresAt, now);
  const config = await loadConfig(deps, { merchantIds: [request.merchantId] });
  if (!config.merchants.has(request.merchantId)) throw new MerchantNotFoundError(request.merchantId);
  const key = newMerchantKey();
  const stored = {
    keyId: key.keyId,
    merchantId: request.merchantId,
    secretHash: hashSecret(key.secret),
    createdAt: now.toISOString(),
    expiresAt: request.expiresAt === undefined ? null : new Date(request.expiresAt).toISOString(),
  };
  await deps.keys.put(stored, audit && { ...audit, target: key.keyId });
  return { keyId: key.keyId, apiKey: key.apiKey, createdAt: stored.createdAt, expiresAt: stored.expiresAt };
}

/** A merchant's keys, oldest first, without their secrets; 404 for a merchant the program does not have. */
export async function listMerchantKeys(
  deps: Deps,
  merchantId: string,
  page: { limit: number; cursor: string | null },
): Promise<Page<ApiKeyListing>> {
  const config = await loadConfig(deps, { merchantIds: [merchantId] });
  if (!config.merchants.has(merchantId)) throw new MerchantNotFoundError(merchantId);
  return deps.keys.listOfMerchant(merchantId, page);
}

export async function revokeKey(deps: Deps, keyId: string, audit?: AuditRecord): Promise<void> {
  if (!(await deps.keys.revoke(keyId, audit))) throw new NotFoundError(`Key ${keyId} does not exist.`);
}

/**
 * A reward is never published without its conditions stated (the
 * consumer-protection rule). A price rise of a reward on offer waits the
 * program's notice days.
 */
export async function putReward(
  deps: Deps,
  reward: Omit<Reward, 'publishedAt' | 'conditions' | 'upcoming'> & { conditions?: string },
  audit?: AuditRecord,
): Promise<{ upsert: Upsert } & NoticedWrite<Reward>> {
  const { conditions } = reward;
  assertDisclosed(conditions);
  const now = deps.clock.now();
  const config = await deps.config.load({ rewardIds: [reward.rewardId] });
  const { document, deferred } = deferHurtingChanges<Omit<Reward, 'publishedAt'>>(
    'reward',
    `rewards.${reward.rewardId}`,
    config.rewards.get(reward.rewardId) ?? null,
    { ...reward, conditions },
    config.program.noticeDays ?? 0,
    now,
  );
  const { upsert, reward: saved } = await deps.config.putReward(document, now.toISOString(), audit);
  return { upsert, saved, deferral: deferralOf(deferred, saved.upcoming) };
}

export async function putPromotion(
  deps: Deps,
  promotion: Omit<Promotion, 'conditions'> & { conditions?: string },
  audit?: AuditRecord,
): Promise<{ upsert: Upsert; promotion: Promotion & { status: string } }> {
  const { conditions } = promotion;
  assertDisclosed(conditions);
  if (Date.parse(promotion.endsAt) <= Date.parse(promotion.startsAt)) {
    throw new ValidationError([{ path: 'endsAt', message: 'must be after startsAt' }]);
  }
  const saved = { ...promotion, conditions };
  const upsert = await deps.config.putPromotion(saved, audit);
  const now = deps.clock.now();
  await deps.promotionScheduler.schedule(saved, now);
  return { upsert, promotion: { ...saved, status: promotionStatus(saved, now) } };
}

/** Status is computed from startsAt/endsAt at request time. */
export async function listPromotions(deps: Deps, page: { limit: number; cursor: string | null }) {
  const now = deps.clock.now();
  const promotions = await deps.config.listPromotions();
  const items = promotions
    .map(({ recordedStatus: _recorded, ...promotion }) => ({ ...promotion, status: promotionStatus(promotion, now) }))
    .sort((a, b) => a.promotionId.localeCompare(b.promotionId));
  return paginate(items, page);
}
