import { MemberNotFoundError } from '../domain/errors.js';
import type { ActivityItem } from '../domain/ledger.js';
import type { Deps } from './deps.js';

interface TaskLine {
  taskId: string;
  completions: number;
  points: number;
  co2eGrams: number;
}

/** Every entry of the member, page by page from its activity. */
async function allActivity(deps: Deps, memberId: string): Promise<ActivityItem[]> {
  const items: ActivityItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.ledger.listActivity(memberId, { limit: 100, cursor, merchantId: null });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

/**
 * A member's environmental report, computed from the ledger: green points
 * earned and spent (a reversed earn is no longer earned, a reversed redemption
 * no longer spent), and the CO₂e each task completion recorded when posted.
 */
export async function greenReport(deps: Deps, memberId: string) {
  const member = await deps.members.get(memberId);
  if (!member) throw new MemberNotFoundError(memberId);
  const entries = await allActivity(deps, memberId);
  let earned = 0;
  let spent = 0;
  for (const entry of entries.filter((item) => item.balanceName === 'green')) {
    const spending = entry.type === 'redemption' || (entry.type === 'reversal' && entry.delta > 0);
    if (spending) spent -= entry.delta;
    else earned += entry.delta;
  }
  // The activity index does not project a completion's task and CO₂e: the entries themselves have them.
  const completions = await deps.ledger.getEntries(
    entries.filter((item) => item.type === 'task').map((item) => item.transactionId),
  );
  const byTask = new Map<string, TaskLine>();
  for (const completion of completions) {
    const grams = completion.details.co2eGrams;
    if (grams === undefined) continue;
    const taskId = completion.details.taskId!;
    const line = byTask.get(taskId) ?? { taskId, completions: 0, points: 0, co2eGrams: 0 };
    line.completions += 1;
    line.points += completion.points;
    line.co2eGrams += grams;
    byTask.set(taskId, line);
  }
  const lines = [...byTask.values()].sort((a, b) => a.taskId.localeCompare(b.taskId));
  return {
    memberId,
    balance: member.balances.green,
    earned,
    spent,
    co2eGrams: lines.reduce((sum, line) => sum + line.co2eGrams, 0),
    byTask: lines,
  };
}
