/**
 * Child process of the HTTP benchmark: `bootLocal()` (DynamoDB Local + table +
 * the local server running the Lambda handlers), seeded with the demo program,
 * enrolled members and one member rich enough for a redemption race. Prints one
 * `BENCH_READY <json>` line; stops DynamoDB Local on SIGTERM.
 */
import { adminKeyFromValue } from '../shared/adapters/admin-key.js';
import { createDynamoDbClient } from '../shared/adapters/dynamodb/client.js';
import { dynamoDeps } from '../shared/adapters/dynamodb/index.js';
import { rulesVersions } from '../shared/adapters/dynamodb/rules-versions.js';
import { adjustPoints } from '../shared/application/adjust-points.js';
import { earnPoints } from '../shared/application/earn-points.js';
import { enrolMember } from '../shared/application/members.js';
import { bootLocal, LOCAL_TABLE_NAME } from '../local/boot.js';
import { loadDemo } from '../local/demo.js';
import { LOCAL_CLIENT_CONFIG } from '../local/dynamodb-local.js';
import { BENCH_ADMIN_KEY, MEMBER_POINTS, MEMBERS, memberId, RACE_MEMBER, type ReadyMessage } from './http-fixture.js';

async function main(): Promise<void> {
  const jifen = await bootLocal({ port: 0, adminKey: BENCH_ADMIN_KEY });
  const stop = () => void jifen.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  const client = createDynamoDbClient({ ...LOCAL_CLIENT_CONFIG, endpoint: jifen.endpoint });
  const deps = dynamoDeps({
    client,
    tableName: LOCAL_TABLE_NAME,
    adminKey: adminKeyFromValue(BENCH_ADMIN_KEY),
    rulesVersions,
  });
  const keys = await loadDemo(deps);
  const fruitShop = keys.find((key) => key.merchantId === 'fruit-shop')!;
  for (let start = 0; start < MEMBERS; start += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, MEMBERS - start) }, async (_, i) => {
        const id = memberId(start + i);
        await enrolMember(deps, id, null);
        await adjustPoints(deps, {
          idempotencyKey: `seed-${id}`,
          requestHash: 'seed',
          memberId: id,
          points: MEMBER_POINTS,
          balance: 'points',
          reason: 'bench seed',
        });
      }),
    );
  }
  await enrolMember(deps, RACE_MEMBER, null);
  // 30,000 points: room for 30 redemptions of the 1,000-point voucher, then 409s.
  const earned = await earnPoints(deps, {
    caller: { kind: 'admin' },
    merchantId: 'fruit-shop',
    idempotencyKey: 'bench-seed-race',
    requestHash: 'seed',
    memberId: RACE_MEMBER,
    amountMinor: 3_000_000,
    reference: 'bench seed',
  });
  client.destroy();
  const balance = (earned.body as { balances?: { points?: number } }).balances?.points ?? null;
  const ready: ReadyMessage = {
    url: jifen.url,
    apiKey: fruitShop.apiKey,
    raceBalance: balance,
    endpoint: jifen.endpoint,
    tableName: LOCAL_TABLE_NAME,
  };
  process.stdout.write(`BENCH_READY ${JSON.stringify(ready)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
