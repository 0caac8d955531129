/** The operator's configuration of the program: plain data, validated at the edge. */

import type { ScheduledChange } from './notice.js';
import type { Exchange } from './transfers.js';
import type { VelocityLimits } from './velocity.js';

export type BalanceName = 'points' | 'green';
export type CreditStanding = 'good' | 'standard' | 'poor';

export interface CreditPerks {
  earnMultiplier: number;
  redemptionDiscountPercent: number;
}

/** What a merchant pays per 1,000 points it issues, and is paid per 1,000 points it honours, in minor units. */
export interface SettlementRates {
  issuePricePerThousandMinor: number;
  reimbursementPerThousandMinor: number;
}

export const ZERO_SETTLEMENT_RATES: SettlementRates = {
  issuePricePerThousandMinor: 0,
  reimbursementPerThousandMinor: 0,
};

export interface Program {
  name: string;
  currency: string;
  /** Points that pay one major currency unit (60 points per CNY). */
  paymentPointsPerUnit: number;
  expiryMonths: number | null;
  tierWindowMonths: number;
  disclosure: { zh?: string; en?: string };
  creditPerks: CreditPerks;
  /** The rates of every merchant that has none of its own. */
  settlement: SettlementRates;
  /** Velocity limits on earning; `{}` sets none. */
  limits: VelocityLimits;
  /** Spends with a merchant key above `abovePoints` (default 0) need the member's one-time spend code; absent: none do. */
  memberConsent?: MemberConsent;
  /** Paid once a year on the member's birthday (the `bonuses` job); absent: no birthday bonus. */
  birthdayBonus?: BirthdayBonus;
  /** Days of notice before a change that hurts members (shared/domain/notice.ts); absent: 0. */
  noticeDays?: number;
  /** Changes to the program waiting for their date; absent: none. */
  upcoming?: ScheduledChange[];
}

export interface BirthdayBonus {
  points: number;
  conditions: string;
}

export interface MemberConsent {
  required: boolean;
  abovePoints?: number;
}

export interface TierQualification {
  nights?: number;
  spendMinor?: number;
  points?: number;
}

export interface Tier {
  id: string;
  name: string;
  qualification: TierQualification;
}

export type EarnRule =
  | {
      kind: 'spend';
      points: number;
      perMinor: number;
      tierMultipliers?: Record<string, number>;
      balance?: BalanceName;
    }
  | { kind: 'night'; pointsByTier: Record<string, number> };

export interface Merchant {
  merchantId: string;
  name: string;
  category: string;
  green: boolean;
  earnRules: EarnRule[];
  /** Its own rates; without them it settles at the program's. */
  settlement?: SettlementRates;
  /** Days its earns' points stay pending (shared/domain/pending.ts); absent (as stored before holds) is 0. */
  holdDays?: number;
  /** It takes transfers of points to its own currency (an exchange partner). */
  exchange?: Exchange;
}

export const REWARD_KINDS = ['item', 'voucher', 'night', 'upgrade', 'service', 'partnerCurrency', 'other'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

export interface Reward {
  rewardId: string;
  name: string;
  kind: RewardKind;
  costPoints: number;
  valueMinor: number;
  balance: BalanceName;
  /** Total stock ever offered; null = unlimited. */
  stock: number | null;
  merchantId: string | null;
  conditions: string;
  creditOnly: boolean;
  priorityWindowHours: number;
  active: boolean;
  /** When the reward was first published (first PUT with active true); starts the priority window. */
  publishedAt: string | null;
  /** Price changes waiting for their date; absent: none. */
  upcoming?: ScheduledChange[];
}

export type PromotionEffect =
  | { kind: 'earnMultiplier'; multiplier: number }
  | { kind: 'rewardPrice'; costPoints: number }
  | { kind: 'bonusPoints'; points: number };

export interface PromotionScope {
  merchantIds?: string[];
  categories?: string[];
  rewardIds?: string[];
  tiers?: string[];
  creditStandings?: CreditStanding[];
}

export interface Promotion {
  promotionId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  conditions: string;
  effect: PromotionEffect;
  scope: PromotionScope;
}

export const DEFAULT_CREDIT_PERKS: CreditPerks = { earnMultiplier: 1, redemptionDiscountPercent: 0 };

/** The program before the operator configures it: a usable default so earning works from the first minute. */
export const DEFAULT_PROGRAM: Program = {
  name: 'jifen',
  currency: 'CNY',
  paymentPointsPerUnit: 60,
  expiryMonths: null,
  tierWindowMonths: 12,
  disclosure: {},
  creditPerks: DEFAULT_CREDIT_PERKS,
  settlement: ZERO_SETTLEMENT_RATES,
  limits: {},
};

export const DEFAULT_TIERS: Tier[] = [{ id: 'basic', name: 'Basic', qualification: {} }];
