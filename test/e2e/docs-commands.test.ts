import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { demoMerchants } from '../../local/demo-data.js';
import { docSteps, ShellSession, StartedServer, type CurlAnswer, type DocStep } from '../helpers/doc-commands.js';

/**
 * The README's and Getting started's shell blocks, run in order as a newcomer would: a line naming
 * `npm start` starts the server in the background (a second terminal), the printed merchant keys are
 * pasted where the page leaves `jf_...`, and every curl's answer is checked against the comment above
 * it. `npm install` and `npm test` are not run: the checkout is installed, and this is `npm test`.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = ['README.md', 'docs/getting-started.md'];
const NOT_RUN = /^npm (install|ci|test)\b/;
/** The variables the walkthrough asks the reader to paste a demo merchant's key into. */
const PASTED_KEYS: Record<string, string> = { FRUIT: 'fruit-shop', HOTEL: 'lakeside-hotel' };

type Check = (answers: CurlAnswer[], earlier: (says: string) => CurlAnswer[]) => void;

/** A check per step, found by a phrase of the step's comment; a step that curls without one fails the test. */
const CHECKS: Record<string, Record<string, Check>> = {
  'README.md': {
    'enrol a member: 201': ([enrol]) => expect(enrol).toMatchObject({ status: 201, body: { memberId: 'alice' } }),
    '99.99 CNY at the fruit shop earns 99 points': ([earn]) =>
      expect(earn).toMatchObject({ status: 201, body: { points: 99 } }),
    'the member: balances {"points":99,"green":0}': ([member]) =>
      expect(member).toMatchObject({ status: 200, body: { balances: { points: 99, green: 0 } } }),
  },
  'docs/getting-started.md': {
    'enrol a member: 201': ([enrol]) => expect(enrol).toMatchObject({ status: 201, body: { memberId: 'alice' } }),
    '99.99 CNY at the fruit shop': ([earn]) =>
      expect(earn).toMatchObject({ status: 201, body: { points: 99, breakdown: [{ source: 'base', points: 99 }] } }),
    'the same request again': ([replay], earlier) => {
      const [first] = earlier('99.99 CNY at the fruit shop');
      expect(replay).toMatchObject({ status: 201, headers: { 'idempotent-replayed': 'true' }, body: first!.body });
    },
    'a 30-night stay at the hotel': ([earn]) =>
      expect(earn).toMatchObject({ status: 201, body: { points: 30_000, tier: { id: 'gold', changed: true } } }),
    'a free night for 30,000 points': ([redemption]) =>
      expect(redemption).toMatchObject({ status: 201, body: { rewardId: 'free-night', points: freeNightCost() } }),
    'the member: balances, tier': ([member]) => {
      expect(member).toMatchObject({
        status: 200,
        body: { balances: { points: 30_099 - freeNightCost() }, tier: { id: 'gold' } },
      });
      expect(member!.body.expiring.length).toBeGreaterThan(0);
    },
    'the statement, newest first': ([statement]) => {
      expect(statement!.status).toBe(200);
      expect(statement!.body.items.map((entry: { type: string }) => entry.type)).toEqual([
        'redemption',
        'earn',
        'earn',
      ]);
    },
    'points paying part of a bill': ([adjustment, payment]) => {
      expect(adjustment).toMatchObject({ status: 201, body: { points: 24_000 } });
      expect(payment).toMatchObject({ status: 201, body: { points: 24_000, coveredMinor: 40_000 } });
    },
    'refund the first purchase': ([refund], earlier) => {
      const [earn] = earlier('99.99 CNY at the fruit shop');
      expect(refund).toMatchObject({ status: 201, body: { points: 99, reverses: earn!.body.transactionId } });
    },
    'the public rules page': ([rules]) => {
      expect(rules!.status).toBe(200);
      expect(Object.keys(rules!.body)).toEqual(
        expect.arrayContaining(['disclosure', 'earnRules', 'tiers', 'rewards', 'promotions']),
      );
      for (const reward of rules!.body.rewards) expect(reward.conditions).not.toBe('');
    },
    'the program (a PUT replaces the whole program': ([program]) =>
      expect(program).toMatchObject({
        status: 200,
        body: {
          creditPerks: { earnMultiplier: 1.2, redemptionDiscountPercent: 10 },
          limits: { earnsPerMemberPerDay: 20, pointsPerMemberPerDay: 50_000 },
        },
      }),
    'tiers, lowest first': ([tiers]) => {
      expect(tiers!.status).toBe(200);
      expect(tiers!.body.tiers.map((tier: { id: string }) => tier.id)).toEqual(['basic', 'silver', 'gold']);
    },
    'a limited reward (201)': ([reward]) =>
      expect(reward).toMatchObject({ status: 201, body: { rewardId: 'lantern-box', stock: 50 } }),
    'alice in good credit standing': ([member]) =>
      expect(member).toMatchObject({ status: 200, body: { creditStanding: 'good' } }),
    'her next earn, 100 CNY at the fruit shop, shows a credit line': ([earn]) =>
      expect(earn).toMatchObject({
        status: 201,
        body: {
          points: 120,
          breakdown: [
            { source: 'base', points: 100 },
            { source: 'credit', points: 20 },
          ],
        },
      }),
    'what alice pays now for each reward': ([rewards]) => {
      expect(rewards!.status).toBe(200);
      const lantern = rewards!.body.items.find((reward: { rewardId: string }) => reward.rewardId === 'lantern-box');
      expect(lantern).toMatchObject({ costPoints: 720, listCostPoints: 800 });
    },
    'freeze an account under investigation': ([freeze, earn, unfreeze]) => {
      expect(freeze).toMatchObject({ status: 200, body: { frozen: true } });
      expect(earn).toMatchObject({ status: 403, body: { code: 'member_frozen' } });
      expect(unfreeze).toMatchObject({ status: 200, body: { frozen: false } });
    },
    'alice has earned 30,219 points today': ([earn], earlier) => {
      const earnedToday = ['99.99 CNY at the fruit shop', 'a 30-night stay at the hotel', 'her next earn, 100 CNY']
        .map((says) => earlier(says)[0]!.body.points as number)
        .reduce((sum, points) => sum + points, 0);
      expect(earnedToday).toBe(30_219);
      expect(earn).toMatchObject({ status: 409, body: { code: 'velocity_limit' } });
    },
    'the open flags': ([flags, clear]) => {
      expect(flags!.status).toBe(200);
      expect(flags!.body.items).toMatchObject([{ memberId: 'alice', rule: 'pointsPerMemberPerDay', status: 'open' }]);
      expect(clear).toMatchObject({ status: 200, body: { flagId: flags!.body.items[0].flagId, status: 'cleared' } });
    },
    'the configuration read back': ([rewards, merchant]) => {
      expect(rewards!.status).toBe(200);
      expect(rewards!.body.items.map((reward: { rewardId: string }) => reward.rewardId)).toContain('lantern-box');
      expect(merchant).toMatchObject({ status: 200, body: { merchantId: 'fruit-shop' } });
    },
    'every operator write above, newest first': ([audit]) => {
      expect(audit!.status).toBe(200);
      expect(audit!.body.items[0]).toMatchObject({
        action: 'POST /v1/admin/flags/{flagId}/clear',
        reason: 'regular guest, checked with the hotel',
      });
    },
    'a double-points week at the fruit shop': ([promotion, job]) => {
      expect(promotion).toMatchObject({ status: 201, body: { promotionId: 'double-week' } });
      expect(job).toMatchObject({ status: 200, body: { job: 'promotions' } });
      expect(job!.body.changed).toBeGreaterThanOrEqual(1);
    },
    'the other jobs': ([expiry, tiers]) => {
      expect(expiry).toMatchObject({ status: 200, body: { job: 'expiry', changed: 1 } });
      expect(tiers).toMatchObject({ status: 200, body: { job: 'tiers' } });
    },
  },
};

/** The demo's off-season promotion prices the free night at 25,000 from November 2027 to February 2028. */
function freeNightCost(now = new Date()): number {
  return now >= new Date('2027-11-01T00:00:00Z') && now < new Date('2028-03-01T00:00:00Z') ? 25_000 : 30_000;
}

describe("E2E: the README's and Getting started's commands, as written", () => {
  let server: StartedServer | undefined;
  const shell = new ShellSession(ROOT);

  afterAll(async () => {
    await server?.stop();
    shell.close();
  });

  async function startServer(line: string): Promise<void> {
    await server?.stop();
    const command = line
      .replace(/#.*$/, '')
      .replace(/^.*&&\s*/, '')
      .trim();
    const demo = command.includes('--demo');
    server = await StartedServer.start(
      command,
      ROOT,
      (printed) =>
        /jifen is listening on/.test(printed) &&
        (!demo || (printed.match(/Demo merchant /g) ?? []).length === demoMerchants.length),
    );
  }

  /** The reader pastes the keys the server printed into `FRUIT=jf_...; HOTEL=jf_...`. */
  function pasteKeys(line: string): string {
    return line.replace(/\b([A-Z]+)=jf_\.\.\./g, (_, name: string) => {
      const merchantId = PASTED_KEYS[name];
      const key = merchantId && new RegExp(`Demo merchant ${merchantId}: (\\S+)`).exec(server?.printed ?? '')?.[1];
      if (!key) throw new Error(`no printed key to paste into ${name}`);
      return `${name}=${key}`;
    });
  }

  it('runs every step and each answer is what its comment says', { timeout: 900_000 }, async () => {
    const steps: DocStep[] = PAGES.flatMap((page) => docSteps(page, readFileSync(`${ROOT}/${page}`, 'utf8')));
    expect(steps.filter((step) => step.page === 'docs/getting-started.md').length).toBeGreaterThan(20);
    const done: { step: DocStep; answers: CurlAnswer[] }[] = [];
    const used = new Set<string>();

    for (const step of steps) {
      const commands: string[] = [];
      for (const line of step.commands) {
        if (NOT_RUN.test(line.trim()) && !line.includes('npm start')) continue;
        if (line.includes('npm start')) await startServer(line);
        else commands.push(pasteKeys(line));
      }
      if (commands.length === 0) continue;
      const { answers } = await shell.run(commands, server?.port ?? 0);
      if (answers.length === 0) continue;

      const phrases = Object.keys(CHECKS[step.page] ?? {}).filter((phrase) => step.says.includes(phrase));
      expect(phrases, `${step.page}: one check for the step "${step.says}"`).toHaveLength(1);
      const earlier = (says: string) =>
        done.find((d) => d.step.page === step.page && d.step.says.includes(says))?.answers ?? [];
      try {
        CHECKS[step.page]![phrases[0]!]!(answers, earlier);
      } catch (error) {
        throw new Error(`${step.page}: "${step.says}" answered ${JSON.stringify(answers, null, 1)}\n${String(error)}`);
      }
      used.add(`${step.page}: ${phrases[0]}`);
      done.push({ step, answers });
    }

    const unused = Object.entries(CHECKS).flatMap(([page, checks]) =>
      Object.keys(checks).map((phrase) => `${page}: ${phrase}`),
    );
    expect(
      unused.filter((check) => !used.has(check)),
      'checks whose step is gone from the page',
    ).toEqual([]);
  });
});
