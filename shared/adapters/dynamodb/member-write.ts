import type { DailyEarnsChange, MemberWrite } from '../../ports/member-store.js';
import { lotsPartition, shardOf, tierReviewPartition } from './keys.js';
import { BALANCE_ATTRIBUTE, bucketAttribute, debtToItem, pendingToItem } from './member-codec.js';
import { UpdateBuilder } from './update-builder.js';

/**
 * The one update expression for every write to a member item, inside a
 * movement's transaction or on its own: it bumps the version it is conditional
 * on, and turns each guard of a balance change into a condition, so a write
 * decided on a stale read (or one a concurrent change made illegal) is refused.
 */
export function memberWriteExpression(write: MemberWrite) {
  const update = new UpdateBuilder();
  const version = update.name('v');
  update
    .setRaw(`${version} = ${version} + ${update.value(1)}`)
    .condition(`${version} = ${update.value(write.expectedVersion)}`);

  const { balance } = write;
  // One ADD per attribute: a points bonus beside a points movement is one sum.
  const adds = new Map<string, number>();
  const add = (attribute: string, amount: number) => adds.set(attribute, (adds.get(attribute) ?? 0) + amount);
  if (write.pointsBonus) {
    add(BALANCE_ATTRIBUTE.points, write.pointsBonus.points);
    add('cr', write.pointsBonus.points);
  }
  // Matured pending points count toward the points balance before the movement's own change and its guards.
  const released = write.pending?.released ?? 0;
  if (write.pending) {
    add(BALANCE_ATTRIBUTE.points, released);
    add('cr', released);
    if (write.pending.buckets.length === 0) update.remove('pnd');
    else update.set('pnd', write.pending.buckets.map(pendingToItem));
  }
  const openLot = balance?.openLotIfNone ?? write.pointsBonus?.openLotIfNone;
  if (balance) {
    const attribute = BALANCE_ATTRIBUTE[balance.name];
    const before = balance.name === 'points' ? released : 0;
    add(attribute, balance.delta);
    add('cr', balance.credited);
    add('db', balance.debited);
    if (balance.requireActive) update.condition(`${update.name('frozen')} = ${update.value(false)}`);
    // The version already proves the balance read; this states the floor in the write itself.
    if (balance.keepNonNegative && balance.delta < 0)
      update.condition(`${update.name(attribute)} >= ${update.value(-balance.delta - before)}`);
    if (balance.atLeast !== undefined)
      update.condition(`${update.name(attribute)} >= ${update.value(balance.atLeast - before)}`);
  }
  for (const [attribute, amount] of adds) update.add(attribute, amount);
  // An explicit oldest open lot decides the pointer; `if_not_exists` only opens one where none is.
  if (openLot && write.oldestOpenLot === undefined) {
    const lot = update.name('g2sk');
    update
      .set('g2pk', lotsPartition(shardOf(write.memberId)))
      .setRaw(`${lot} = if_not_exists(${lot}, ${update.value(openLot)})`);
  }
  if (write.oldestOpenLot === null) update.remove('g2sk');
  else if (write.oldestOpenLot !== undefined)
    update.set('g2pk', lotsPartition(shardOf(write.memberId))).set('g2sk', write.oldestOpenLot);
  if (write.qualifying) {
    const { month, activity } = write.qualifying;
    update
      .add(bucketAttribute('nights', month), activity.nights)
      .add(bucketAttribute('spendMinor', month), activity.spendMinor)
      .add(bucketAttribute('points', month), activity.points);
  }
  for (const month of write.dropBuckets ?? []) {
    for (const field of ['nights', 'spendMinor', 'points'] as const) update.remove(bucketAttribute(field, month));
  }
  if (write.tier) update.set('tier', write.tier.tierId).set('tierSince', write.tier.since);
  if (write.tierReviewAt === null) update.remove('g3pk').remove('g3sk');
  else if (write.tierReviewAt !== undefined)
    update.set('g3pk', tierReviewPartition(shardOf(write.memberId))).set('g3sk', write.tierReviewAt);
  if (write.creditStanding) update.set('credit', write.creditStanding);
  if (write.frozen) update.set('frozen', write.frozen.frozen).set('frozenReason', write.frozen.reason);
  if (write.dailyEarns) countDailyEarn(update, write.dailyEarns);
  if (write.debts?.length === 0) update.remove('dbt');
  else if (write.debts) update.set('dbt', write.debts.map(debtToItem));
  if (write.spendCode === null) update.remove('sch').remove('sce');
  else if (write.spendCode) update.set('sch', write.spendCode.hash).set('sce', write.spendCode.expiresAt);
  return update.build();
}

/**
 * Counts an earn in the member's day (`vd` day, `ve` earns, `vp` points): a new
 * day starts the count, the same day adds to it. Like the balance floor, the
 * limits are stated in the write itself, though the version already proves the read.
 */
function countDailyEarn(update: UpdateBuilder, change: DailyEarnsChange): void {
  const day = update.name('vd');
  if (change.startsDay) {
    update
      .set('vd', change.day)
      .set('ve', 1)
      .set('vp', change.points)
      .condition(`(attribute_not_exists(${day}) OR ${day} <> ${update.value(change.day)})`);
    return;
  }
  update
    .add('ve', 1)
    .add('vp', change.points)
    .condition(`${day} = ${update.value(change.day)}`);
  const { earnsPerMemberPerDay, pointsPerMemberPerDay } = change.limits;
  if (earnsPerMemberPerDay !== undefined)
    update.condition(`${update.name('ve')} < ${update.value(earnsPerMemberPerDay)}`);
  if (pointsPerMemberPerDay !== undefined) {
    update.condition(`${update.name('vp')} <= ${update.value(pointsPerMemberPerDay - change.points)}`);
  }
}
