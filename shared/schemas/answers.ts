/**
 * The shapes of jifen's answers, for the OpenAPI document: the use cases build
 * the answers, these describe them. Each is named once, as in `components.schemas`.
 */
import * as z from 'zod/mini';
import { JOB_NAMES } from '../application/jobs/result.js';
import { FLAG_STATUSES } from '../domain/flags.js';
import { GAME_STATUSES } from '../domain/games.js';
import { TRANSACTION_TYPES } from '../domain/ledger.js';
import { VELOCITY_RULES } from '../domain/velocity.js';
import { DELIVERY_STATUSES, EVENT_TYPES } from '../domain/webhooks.js';
import {
  badgeFields,
  badgeSetBody,
  merchantBody,
  programBody,
  promotionBody,
  rewardBody,
  taskFields,
  tiersBody,
} from './admin.js';
import { balanceName, creditStanding, scheduledChange } from './common.js';
import { gameRules } from './games.js';

/**
 * A named answer shape, listed once in the OpenAPI document's `components.schemas`:
 * a zod schema, or plain JSON Schema where a function must stay free of zod
 * or a shape refers to another named one.
 */
export type NamedSchema =
  | { name: string; schema: z.ZodMiniType }
  | { name: string; jsonSchema: Record<string, unknown> };

export const named = (name: string, schema: z.ZodMiniType): NamedSchema => ({ name, schema });

/**
 * A page of another named answer, by reference: the document is bundled into
 * the function that serves it, so an item shape is written there once.
 */
export const namedList = (name: string, item: NamedSchema, extra: Record<string, unknown> = {}): NamedSchema => {
  const ref = { $ref: `#/components/schemas/${item.name}` };
  const items =
    Object.keys(extra).length === 0
      ? ref
      : { allOf: [ref, { type: 'object', properties: extra, required: Object.keys(extra) }] };
  return {
    name,
    jsonSchema: {
      type: 'object',
      properties: { items: { type: 'array', items }, nextCursor: { type: ['string', 'null'] } },
      required: ['items', 'nextCursor'],
    },
  };
};

export const int = z.int();
export const time = z.string().register(z.globalRegistry, { format: 'date-time' });
export const balances = z.object({ points: int, green: int });
const list = (item: z.ZodMiniType) => z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });

const memberStatement = z.object({
  memberId: z.string(),
  balances: z.object({ points: int, green: int, pending: int }),
  pending: z.array(z.object({ points: int, availableAt: time })),
  tier: z.object({
    id: z.string(),
    name: z.string(),
    since: time,
    qualifying: z.object({ nights: int, spendMinor: int, points: int }),
    next: z.nullable(z.object({ id: z.string(), remaining: z.record(z.string(), int) })),
  }),
  expiring: z.array(z.object({ points: int, expiresAt: time })),
  creditStanding,
  frozen: z.boolean(),
  badges: z.array(z.object({ badgeId: z.string(), awardedAt: time })),
  badgeSets: z.array(z.object({ setId: z.string(), completedAt: time })),
});

const activityItem = z.object({
  transactionId: z.string(),
  type: z.enum(TRANSACTION_TYPES),
  balanceName,
  points: int,
  delta: int,
  balance: int,
  merchantId: z.nullable(z.string()),
  reference: z.nullable(z.string()),
  createdAt: time,
  rulesVersion: z.nullable(int),
});

const rewardListItem = z.object({
  rewardId: z.string(),
  name: z.string(),
  kind: z.string(),
  balance: balanceName,
  costPoints: int,
  listCostPoints: int,
  valueMinor: int,
  stock: z.nullable(int),
  merchantId: z.nullable(z.string()),
  creditOnly: z.boolean(),
  conditions: z.string(),
  promotion: z.optional(z.object({ promotionId: z.string(), name: z.string(), endsAt: time })),
});

const promotionStatus = z.enum(['scheduled', 'active', 'ended']);
const promotion = z.extend(promotionBody, { promotionId: z.string(), conditions: z.string(), status: promotionStatus });

const flag = z.object({
  flagId: z.string(),
  memberId: z.string(),
  rule: z.enum(VELOCITY_RULES),
  transactionId: z.string(),
  createdAt: time,
  status: z.enum(FLAG_STATUSES),
});

/** Changes waiting for their notice date; absent when none is. */
const upcoming = { upcoming: z.optional(z.array(scheduledChange)) };

export const programAnswer = named('Program', z.extend(programBody, upcoming));
/** A write some of whose changes wait for their notice date: the latest such date, and every change of the object waiting. */
export const deferralAnswer = named('Deferral', z.object({ effectiveAt: time, upcoming: z.array(scheduledChange) }));
export const tiersAnswer = named('Tiers', tiersBody);
export const merchantAnswer = named('Merchant', z.extend(merchantBody, { merchantId: z.string() }));
export const merchantListAnswer = namedList('MerchantList', merchantAnswer);
export const merchantKeyAnswer = named(
  'MerchantKey',
  z.object({ keyId: z.string(), apiKey: z.string(), createdAt: time, expiresAt: z.nullable(time) }),
);
/** What a key list shows of a key: never its secret nor the secret's hash. */
export const merchantKeyListAnswer = named(
  'MerchantKeyList',
  z.object({
    items: z.array(z.object({ keyId: z.string(), createdAt: time, expiresAt: z.nullable(time) })),
    nextCursor: z.nullable(z.string()),
  }),
);
export const rewardAnswer = named(
  'Reward',
  z.extend(rewardBody, { rewardId: z.string(), conditions: z.string(), publishedAt: z.nullable(time), ...upcoming }),
);
/** The operator's view: inactive rewards too, each with the stock left (null: unlimited). */
export const rewardConfigListAnswer = namedList('RewardConfigList', rewardAnswer, {
  stockLeft: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
});
export const promotionAnswer = named('Promotion', promotion);
export const promotionListAnswer = named('PromotionList', list(promotion));
export const memberStatementAnswer = named('MemberStatement', memberStatement);
export const activityListAnswer = named('ActivityList', list(activityItem));
export const rewardListAnswer = named('RewardList', list(rewardListItem));
export const flagAnswer = named('Flag', flag);
export const auditListAnswer = named(
  'AuditList',
  list(
    z.object({
      auditId: z.string(),
      at: time,
      action: z.string(),
      target: z.nullable(z.string()),
      reason: z.nullable(z.string()),
    }),
  ),
);
export const flagListAnswer = named('FlagList', list(flag));
export const birthdayAnswer = named(
  'Birthday',
  z.object({
    memberId: z.string(),
    birthday: z.object({ month: int, day: int, changedAt: time, lastPaidOn: z.nullable(z.string()) }),
  }),
);
export const jobResultAnswer = named(
  'JobResult',
  z.object({ job: z.enum(JOB_NAMES), asOf: time, processed: int, changed: int }),
);

export const earnAnswer = named(
  'EarnAnswer',
  z.object({
    transactionId: z.string(),
    memberId: z.string(),
    points: int,
    breakdown: z.array(
      z.object({
        source: z.enum(['base', 'tier', 'promotion', 'credit']),
        points: int,
        promotionId: z.optional(z.string()),
      }),
    ),
    balances,
    tier: z.object({ id: z.string(), changed: z.boolean() }),
    badgesAwarded: z.array(z.string()),
  }),
);

export const redemptionAnswer = named(
  'RedemptionAnswer',
  z.object({
    transactionId: z.string(),
    memberId: z.string(),
    points: int,
    rewardId: z.optional(z.string()),
    quantity: z.optional(int),
    promotionId: z.optional(z.string()),
    coveredMinor: z.optional(int),
    balances,
  }),
);

export const spendCodeAnswer = named('SpendCode', z.object({ code: z.string(), expiresAt: time }));

export const reversalAnswer = named(
  'ReversalAnswer',
  z.object({
    transactionId: z.string(),
    reverses: z.string(),
    points: int,
    /** Of `points`, what came out of what the member held (credited to the issuer at once), and what is left owed to it. */
    recoveredPoints: int,
    unrecoveredPoints: int,
    balances,
    tier: z.object({ id: z.string(), changed: z.boolean() }),
  }),
);

export const adjustmentAnswer = named(
  'AdjustmentAnswer',
  z.object({
    transactionId: z.string(),
    memberId: z.string(),
    type: z.literal('adjustment'),
    balanceName,
    points: int,
    delta: int,
    balances,
  }),
);

const settlementSide = z.object({ points: int, amountMinor: int });

export const statementAnswer = named(
  'SettlementStatement',
  z.object({
    merchantId: z.string(),
    from: time,
    to: time,
    currency: z.string(),
    issued: settlementSide,
    honoured: settlementSide,
    netMinor: int,
  }),
);

export const taskAnswer = named('Task', z.extend(taskFields, { taskId: z.string(), conditions: z.string() }));
export const badgeAnswer = named('Badge', z.extend(badgeFields, { badgeId: z.string(), conditions: z.string() }));
export const badgeSetAnswer = named('BadgeSet', z.extend(badgeSetBody, { setId: z.string(), conditions: z.string() }));
export const taskListAnswer = namedList('TaskList', taskAnswer);
export const badgeListAnswer = namedList('BadgeList', badgeAnswer);
export const badgeSetListAnswer = namedList('BadgeSetList', badgeSetAnswer);

/** The operator's view of a game: what the rules page shows, with blanks, tickets left and status; never the urn. */
export const gameListAnswer = named(
  'GameList',
  list(z.object({ ...gameRules.shape, blanks: int, remaining: int, status: z.enum(GAME_STATUSES) })),
);

export const completionAnswer = named(
  'CompletionAnswer',
  z.object({
    transactionId: z.string(),
    memberId: z.string(),
    taskId: z.string(),
    points: int,
    balanceName,
    badgesAwarded: z.array(z.string()),
    setsCompleted: z.array(z.object({ setId: z.string(), prizePoints: int })),
    balances,
  }),
);

export const greenReportAnswer = named(
  'GreenReport',
  z.object({
    memberId: z.string(),
    balance: int,
    earned: int,
    spent: int,
    co2eGrams: int,
    byTask: z.array(z.object({ taskId: z.string(), completions: int, points: int, co2eGrams: int })),
  }),
);

const webhookFields = {
  endpointId: z.string(),
  url: z.string(),
  merchantId: z.nullable(z.string()),
  events: z.array(z.enum(EVENT_TYPES)),
  active: z.boolean(),
  createdAt: time,
};
export const webhookAnswer = named(
  'WebhookEndpoint',
  z.object({
    ...webhookFields,
    secret: z.optional(
      z.string().register(z.globalRegistry, {
        description: 'Only in the answer that created the endpoint: `whsec_` + base64 of 32 bytes.',
      }),
    ),
  }),
);
export const webhookSecretAnswer = named('WebhookSecret', z.object({ secret: z.string() }));
const delivery = z.object({
  eventId: z.string(),
  type: z.enum(EVENT_TYPES),
  status: z.enum(DELIVERY_STATUSES),
  attempts: int,
  lastStatus: z.nullable(int),
  nextAttemptAt: z.nullable(time),
});
export const webhookDeliveryListAnswer = named('WebhookDeliveryList', list(delivery));
export const webhookReplayAnswer = named('WebhookReplay', z.object({ endpointId: z.string(), from: time, to: time }));
