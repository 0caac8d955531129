/**
 * A fruit shop's till, with jifen's TypeScript client: enrol a card, earn for a receipt, survive a
 * lost answer, meet a refusal, refund the purchase.
 *
 *   JIFEN_URL=http://127.0.0.1:3000 JIFEN_KEY=jf_... npx tsx clients/examples/till.ts
 *
 * In a project of your own, import from '@jifen/client' instead of the relative path.
 */
import { randomUUID } from 'node:crypto';
import { JifenClient, JifenProblem } from '../typescript/src/index.js';

const jifen = new JifenClient({
  baseUrl: process.env.JIFEN_URL ?? 'http://127.0.0.1:3000',
  apiKey: required('JIFEN_KEY'),
});
// The program's opaque id for the customer: the loyalty card's number, never a phone number.
const memberId = process.env.JIFEN_MEMBER ?? 'card-6228480012345678';

await jifen.enrol(memberId);

// The receipt's own id is the Idempotency-Key: if the till crashes before the answer, sending the
// same receipt again cannot earn twice.
const receipt = `receipt-${randomUUID()}`;
const purchase = { memberId, amountMinor: 12_850, reference: receipt };
const earned = await jifen.earn(purchase, { idempotencyKey: receipt });
console.log(`earned ${earned.points} points, transaction ${earned.transactionId}`);

const again = await jifen.earn(purchase, { idempotencyKey: receipt });
console.log(
  again.transactionId === earned.transactionId
    ? 'sent again: the same transaction, no points moved'
    : 'sent again: A NEW TRANSACTION',
);

try {
  await jifen.redeem({ memberId, rewardId: 'gift-box' });
} catch (error) {
  if (!(error instanceof JifenProblem)) throw error;
  console.log(`redemption refused: ${error.code}`);
}

const refund = await jifen.reverse(
  { transactionId: earned.transactionId, reason: 'returned' },
  { idempotencyKey: `refund-${receipt}` },
);
console.log(`refunded ${refund.points} points`);

const member = await jifen.member(memberId);
console.log(`balance ${member.balances.points} points`);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}
