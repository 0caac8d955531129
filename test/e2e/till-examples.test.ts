import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalJifen } from '../../local/boot.js';
import { demoMerchants, demoProgram, demoRewards } from '../../local/demo-data.js';
import { startLocalApi, type ApiClient } from '../helpers/local-api.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a till example prints for a purchase of 128.50 CNY at the fruit shop, refunded. */
const EXPECTED_LINES = [
  /^earned 128 points, transaction tx_\S+$/,
  /^sent again: the same transaction, no points moved$/,
  /^redemption refused: insufficient_points$/,
  /^refunded 128 points$/,
  /^balance 0 points$/,
];

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('E2E: the till examples against the local server', () => {
  let jifen: LocalJifen;
  let api: ApiClient;
  let fruitKey: string;

  beforeAll(async () => {
    ({ jifen, api } = await startLocalApi());
    expect((await api.request('PUT', '/v1/admin/program', { body: demoProgram })).status).toBe(200);
    const { merchantId, ...merchant } = demoMerchants.find((m) => m.merchantId === 'fruit-shop')!;
    expect((await api.request('PUT', `/v1/admin/merchants/${merchantId}`, { body: merchant })).status).toBe(201);
    const { rewardId, ...giftBox } = demoRewards.find((reward) => reward.rewardId === 'gift-box')!;
    expect((await api.request('PUT', `/v1/admin/rewards/${rewardId}`, { body: giftBox })).status).toBe(201);
    fruitKey = (await api.request('POST', `/v1/admin/merchants/${merchantId}/keys`)).body.apiKey;
  });

  afterAll(async () => jifen?.stop());

  const examples: [string, string, string[]][] = [
    ['TypeScript, with the client', process.execPath, ['--import', 'tsx', 'clients/examples/till.ts']],
    ['Python 3, standard library only', 'python3', ['clients/examples/till.py']],
  ];

  it.each(examples)(
    '%s: earns once, is refused a reward, refunds, and the ledger shows one earn and its refund',
    async (_, command, args) => {
      const memberId = `card-${args[args.length - 1]!.split('.').pop()}`;

      const { code, stdout, stderr } = await run(command, args, {
        JIFEN_URL: jifen.url,
        JIFEN_KEY: fruitKey,
        JIFEN_MEMBER: memberId,
      });

      expect(stderr).toBe('');
      expect(code).toBe(0);
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(EXPECTED_LINES.length);
      lines.forEach((line, i) => {
        expect(line).toMatch(EXPECTED_LINES[i]!);
      });
      const activity = await api.request('GET', `/v1/members/${memberId}/activity`);
      expect(activity.body.items.map((entry: { type: string; points: number }) => [entry.type, entry.points])).toEqual([
        ['reversal', 128],
        ['earn', 128],
      ]);
    },
  );
});
