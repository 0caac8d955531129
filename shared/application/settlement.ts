import { MerchantNotFoundError } from '../domain/errors.js';
import { addToDays, statementTotals, type DaySettlement, type StatementTotals } from '../domain/settlement.js';
import type { Deps } from './deps.js';
import { loadConfig } from './kept-config.js';

export interface StatementWindow {
  from: string;
  to: string;
}

export interface MerchantStatement extends StatementTotals {
  merchantId: string;
  from: string;
  to: string;
  currency: string;
}

/**
 * What a merchant owes and is owed for `[from, to)`, computed from the ledger
 * itself: every entry it settles, each at the rate recorded when it was posted,
 * floored once per side over the period. The days are the CSV's lines.
 */
export async function merchantStatement(
  deps: Deps,
  merchantId: string,
  window: StatementWindow,
): Promise<{ statement: MerchantStatement; days: DaySettlement[] }> {
  const config = await loadConfig(deps, { merchantIds: [merchantId] });
  if (!config.merchants.has(merchantId)) throw new MerchantNotFoundError(merchantId);
  const byDay = new Map<string, DaySettlement>();
  const from = new Date(window.from).toISOString();
  const to = new Date(window.to).toISOString();
  await deps.ledger.forEachSettlementPage(merchantId, from, to, (lines) => addToDays(byDay, lines));
  const days = [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
  return {
    statement: {
      merchantId,
      from: window.from,
      to: window.to,
      currency: config.program.currency,
      ...statementTotals(days),
    },
    days,
  };
}
