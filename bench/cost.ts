/**
 * The AWS cost of a million operations at list prices, from what the bench
 * measured: write units computed from the items written (write-units.ts), the
 * items read per request (the hot-key audit's counts), and each handler's
 * in-process time (in-process.ts) plus its DynamoDB round trips. Beside them,
 * the physical floor: a bare 2-item transaction behind the same API.
 */
import type { HotKeysResult } from './hot-keys.js';
import type { InProcessResult } from './in-process.js';
import type { WriteUnitsResult } from './write-units.js';

/** us-east-1 list prices (USD), on-demand, as published by AWS in 2025. */
export const PRICES = {
  region: 'us-east-1',
  /** DynamoDB on-demand, per million write / read request units. */
  writeRequestUnitPerMillion: 0.625,
  readRequestUnitPerMillion: 0.125,
  /** API Gateway HTTP API, per million requests (the first 300 million of a month). */
  httpApiPerMillion: 1.0,
  /** Lambda on arm64: per million invocations, and per GB-second. */
  lambdaRequestPerMillion: 0.2,
  lambdaGbSecond: 0.0000133334,
} as const;

/** The deployed functions' memory (infra/config/stages.ts, prod) and an in-region DynamoDB round trip. */
const MEMORY_GB = 1;
const ROUND_TRIP_MS = 5;

export interface CostRow {
  operation: string;
  wru: number;
  rru: number;
  roundTrips: number;
  inProcessMs: number;
  billedMs: number;
  usdPerMillion: { dynamoDb: number; httpApi: number; lambda: number; total: number };
}

export interface CostResult {
  rows: CostRow[];
  notes: string[];
}

function row(operation: string, wru: number, rru: number, roundTrips: number, inProcessUs: number): CostRow {
  const inProcessMs = inProcessUs / 1000;
  // Lambda bills whole milliseconds.
  const billedMs = Math.ceil(inProcessMs + roundTrips * ROUND_TRIP_MS);
  const dynamoDb = wru * PRICES.writeRequestUnitPerMillion + rru * PRICES.readRequestUnitPerMillion;
  const lambda = PRICES.lambdaRequestPerMillion + 1_000_000 * MEMORY_GB * (billedMs / 1000) * PRICES.lambdaGbSecond;
  const cents = (usd: number) => Math.round(usd * 100) / 100;
  return {
    operation,
    wru,
    rru: Math.round(rru * 100) / 100,
    roundTrips,
    inProcessMs: Math.round(inProcessMs * 1000) / 1000,
    billedMs,
    usdPerMillion: {
      dynamoDb: cents(dynamoDb),
      httpApi: PRICES.httpApiPerMillion,
      lambda: cents(lambda),
      total: cents(dynamoDb + PRICES.httpApiPerMillion + lambda),
    },
  };
}

export function costOfAMillion(
  writeUnits: WriteUnitsResult | undefined,
  inProcess: InProcessResult | undefined,
  hotKeys: HotKeysResult | undefined,
): CostResult {
  const wcu = (operation: string, fallback: number) =>
    writeUnits?.operations.find((op) => op.operation === operation)?.jifen.totalWcu ?? fallback;
  const p50 = (handler: string, fallback: number) =>
    inProcess?.handlers.find((h) => h.handler === handler)?.p50Us ?? fallback;
  // A strongly consistent read of an item under 4 KB is one read unit; each item read counts.
  const reads = (kind: string, fallback: number) => hotKeys?.perKind[kind]?.readItems ?? fallback;
  return {
    rows: [
      row('earn', wcu('earn', 6), reads('earn', 3), 2, p50('earn', 55)),
      row('redemption', wcu('redemption', 6), reads('redemption', 3), 2, p50('redeem', 45)),
      row('rules page', 0, reads('rulesPage', 0), 0, p50('get-rules', 60)),
      row('floor: bare 2-item transaction behind the same API', 4, 0, 1, 0),
    ],
    notes: [
      `Prices: ${PRICES.region} list prices (on-demand DynamoDB $${PRICES.writeRequestUnitPerMillion} per million write and $${PRICES.readRequestUnitPerMillion} per million read request units; HTTP API $${PRICES.httpApiPerMillion} per million requests; Lambda arm64 $${PRICES.lambdaRequestPerMillion} per million requests and $${PRICES.lambdaGbSecond} per GB-second), no free tier.`,
      'Write units: computed from the items each operation writes (the write-units table: transactional writes 2 per started KB, index entries 1), the earn and redemption of an established member. Read units: the items the hot-key audit saw each kind read, one unit each (strongly consistent, under 4 KB); the rules page reads the version about once a second per container, so almost nothing per request.',
      `Lambda: ${MEMORY_GB * 1024} MB (the prod stage), billed by the whole millisecond: the handler's in-process p50 (DynamoDB answering at once) plus ${ROUND_TRIP_MS} ms per DynamoDB round trip in the region (an earn and a redemption: one BatchGetItem, one TransactWriteItems). Cold starts, logs, X-Ray and data transfer are left out.`,
      'The floor: the same API Gateway and Lambda in front of one 2-item TransactWriteItems (4 write units) and nothing else: what any design that records an entry and a balance pays.',
    ],
  };
}
