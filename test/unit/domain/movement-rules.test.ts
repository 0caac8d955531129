import { describe, expect, it } from 'vitest';
import { InsufficientPointsError, MemberFrozenError } from '../../../shared/domain/errors.js';
import { TRANSACTION_TYPES } from '../../../shared/domain/ledger.js';
import {
  admitMovement,
  checkBalanceFloor,
  checkMemberState,
  MOVEMENT_RULES,
} from '../../../shared/domain/movement-rules.js';
import { member } from './fixtures.js';

/** The refusal a check throws, or undefined when it admits. */
function thrownBy(check: () => void): unknown {
  try {
    check();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('Module: movement rules', () => {
  it('states a rule for every kind of entry the ledger has', () => {
    expect(Object.keys(MOVEMENT_RULES).sort()).toEqual([...TRANSACTION_TYPES].sort());
  });

  it("refuses a frozen member's earns, redemptions and reversals, but not the operator's adjustments or expiry", () => {
    // Arrange
    const frozen = member({ frozen: true, balances: { points: 1_000, green: 0 } });

    // Act
    const refused = TRANSACTION_TYPES.filter(
      (type) => thrownBy(() => checkMemberState(type, frozen)) instanceof MemberFrozenError,
    );

    // Assert
    expect(refused.sort()).toEqual(['bonus', 'earn', 'game', 'redemption', 'reversal', 'task', 'transfer']);
    expect(thrownBy(() => checkMemberState('earn', member({ frozen: false })))).toBeUndefined();
  });

  it('keeps every kind of debit but a reversal from taking a balance below zero, to the last point', () => {
    // Arrange
    const holder = member({ balances: { points: 100, green: 7 } });

    // Act + Assert
    for (const type of TRANSACTION_TYPES.filter((type) => type !== 'reversal')) {
      expect(
        thrownBy(() => checkBalanceFloor(type, holder, 'points', -100)),
        type,
      ).toBeUndefined();
      expect(
        thrownBy(() => checkBalanceFloor(type, holder, 'points', -101)),
        type,
      ).toBeInstanceOf(InsufficientPointsError);
      expect(
        thrownBy(() => checkBalanceFloor(type, holder, 'green', -8)),
        type,
      ).toBeInstanceOf(InsufficientPointsError);
    }
  });

  it('lets a reversal (a refund) take the balance below zero: only a reversal may', () => {
    const spent = member({ balances: { points: 20, green: 0 } });
    expect(thrownBy(() => checkBalanceFloor('reversal', spent, 'points', -99))).toBeUndefined();
    expect(TRANSACTION_TYPES.filter((type) => MOVEMENT_RULES[type].belowZero)).toEqual(['reversal']);
  });

  it('never refuses a credit on the balance, whatever the balance', () => {
    expect(
      thrownBy(() => checkBalanceFloor('reversal', member({ balances: { points: 0, green: 0 } }), 'points', 50)),
    ).toBeUndefined();
  });

  it("decides the member's state before the balance: a frozen member without points is refused 403, not 409", () => {
    // Arrange
    const frozenAndEmpty = member({ frozen: true, balances: { points: 0, green: 0 } });

    // Act
    const refusal = thrownBy(() => admitMovement('redemption', frozenAndEmpty, 'points', -500));

    // Assert
    expect(refusal).toBeInstanceOf(MemberFrozenError);
    expect(thrownBy(() => admitMovement('adjustment', frozenAndEmpty, 'points', -500))).toBeInstanceOf(
      InsufficientPointsError,
    );
  });
});
