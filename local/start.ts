import { randomBytes } from 'node:crypto';
import { bootLocal } from './boot.js';
import { loadDemo } from './demo.js';
import { startLocalSchedules } from './schedules.js';

/** `npm start [-- --demo]`: jifen on an embedded DynamoDB Local, on 127.0.0.1:$PORT (default 3000). */
async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const port = Number(process.env.PORT ?? 3000);
  const givenKey = process.env.ADMIN_API_KEY;
  if (givenKey !== undefined && (givenKey.length < 16 || givenKey.startsWith('jf_'))) {
    throw new Error(
      'ADMIN_API_KEY must be at least 16 characters and must not start with jf_ (the merchant key prefix)',
    );
  }
  const adminKey = givenKey ?? randomBytes(24).toString('base64url');

  const jifen = await bootLocal({ port, adminKey, deliverEvents: true });
  console.log(`jifen is listening on ${jifen.url} (DynamoDB Local at ${jifen.endpoint})`);
  console.log(givenKey ? 'Operator key: from ADMIN_API_KEY' : `Operator key (generated): ${adminKey}`);
  if (demo) {
    for (const { merchantId, apiKey } of await loadDemo(jifen.deps))
      console.log(`Demo merchant ${merchantId}: ${apiKey}`);
  }
  const schedules = startLocalSchedules(jifen.deps);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping jifen and DynamoDB Local`);
    schedules.stop();
    await jifen.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
