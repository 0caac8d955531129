/**
 * What a refund could not take back at once. A reversal of an earn takes its
 * points even from a balance too small to hold them; the part it could not
 * recover is owed by the member to the earn's issuer, at the earn's rate, and
 * later credits pay it off, oldest first. Kept on the member's own item, so the
 * write that opens or repays a debt is the movement's own.
 */
export interface Debt {
  /** The issuer of the reversed earn, who is credited as the debt is repaid. */
  merchantId: string;
  /** The reversed earn's issue price: what each repaid point is worth to the issuer. */
  ratePerThousand: number;
  points: number;
  /** The reversal that opened it (the first, when later ones joined it). */
  transactionId: string;
}

/** Points a debt gave back to its issuer. */
export interface Repayment {
  merchantId: string;
  ratePerThousand: number;
  points: number;
}

/** Of `points` taken back from a balance of `balanceBefore`, what came out of what the member held, and what did not. */
export function recovery(balanceBefore: number, points: number): { recovered: number; unrecovered: number } {
  const recovered = Math.min(points, Math.max(balanceBefore, 0));
  return { recovered, unrecovered: points - recovered };
}

/**
 * Adds a refund's unrecovered points to the member's debts, oldest first. A
 * debt to the same issuer at the same rate as the newest one joins it, so the
 * list on the member's item stays as short as the issuers and rates it names.
 */
export function openDebt(debts: readonly Debt[], debt: Debt): Debt[] {
  const newest = debts.at(-1);
  if (newest && newest.merchantId === debt.merchantId && newest.ratePerThousand === debt.ratePerThousand) {
    return [...debts.slice(0, -1), { ...newest, points: newest.points + debt.points }];
  }
  return [...debts, debt];
}

/** A credit of `points` pays the member's debts off, oldest first: the debts left, and what each issuer got back. */
export function repayDebts(debts: readonly Debt[], points: number): { debts: Debt[]; repayments: Repayment[] } {
  let left = points;
  const remaining: Debt[] = [];
  const repayments: Repayment[] = [];
  for (const debt of debts) {
    const repaid = Math.min(debt.points, left);
    left -= repaid;
    if (repaid > 0)
      repayments.push({ merchantId: debt.merchantId, ratePerThousand: debt.ratePerThousand, points: repaid });
    if (debt.points > repaid) remaining.push({ ...debt, points: debt.points - repaid });
  }
  return { debts: remaining, repayments };
}

export function totalDebt(debts: readonly Debt[]): number {
  return debts.reduce((sum, debt) => sum + debt.points, 0);
}
