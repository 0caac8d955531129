import { ledgerPosition, type LedgerEntry } from '../domain/ledger.js';
import type { Member } from '../domain/member.js';
import type { BadgeSet } from '../domain/tasks.js';
import type { Movement } from '../ports/ledger-store.js';

/** The sets' prize: a `bonus` entry to the points balance, and its credit in the same member write. */
export function payPrize(movement: Movement, member: Member, bonus: { id: string; sets: BadgeSet[]; prize: number; createdAt: string }): void {
  const write = movement.member;
  const pointsBefore = member.balances.points + (write.balance?.name === 'points' ? write.balance.delta : 0);
  const creditedBefore = member.creditedTotal + (write.balance?.name === 'points' ? write.balance.credited : 0);
  const position = ledgerPosition(bonus.createdAt, bonus.id);
  const entry: LedgerEntry = {
    ...movement.entry,
    transactionId: bonus.id,
    type: 'bonus',
    merchantId: null,
    balanceName: 'points',
    points: bonus.prize,
    delta: bonus.prize,
    balance: pointsBefore + bonus.prize,
    lotCumulative: creditedBefore + bonus.prize,
    details: { badgeSetIds: bonus.sets.map((set) => set.setId) },
    settlement: null,
  };
  movement.extraEntries = [entry];
  write.pointsBonus = { points: bonus.prize, openLotIfNone: position };
}
