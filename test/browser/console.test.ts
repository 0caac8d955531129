/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser, where `document` and storage exist.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { demoProgram } from '../../local/demo-data.js';
import { bootLocal, type LocalJifen } from '../../local/boot.js';
import { buildConsole, launchChromium, seriousAxeViolations } from '../helpers/browser.js';
import { TEST_ADMIN_KEY } from '../helpers/dynamo.js';
import { freshKey, seedDemo } from '../helpers/e2e-fixtures.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { ApiClient } from '../helpers/local-api.js';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/console', import.meta.url));
const PAGES = [
  'Program',
  'Merchants',
  'Members',
  'Rewards',
  'Promotions',
  'Games',
  'Settlement',
  'Flags',
  'Audit',
] as const;
/**
 * Waits for the browser and for each test, generous for a loaded 2-core CI machine, where a build,
 * Chromium, DynamoDB Local and other test files share the cores: a slow run is not a failure.
 */
const BROWSER_WAIT_MS = 120_000;
const TEST_TIMEOUT_MS = 600_000;

/** The operator console, built from its sources, served by the local server and driven in Debian's Chromium. */
describe('Console: the operator console in a real browser', { timeout: TEST_TIMEOUT_MS }, () => {
  const clock = new FakeClock('2027-03-15T10:00:00.000Z');
  const buildDir = mkdtempSync(join(tmpdir(), 'jifen-console-'));
  let jifen: LocalJifen;
  let api: ApiClient;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fruitKey: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await buildConsole(buildDir);
    jifen = await bootLocal({
      port: 0,
      adminKey: TEST_ADMIN_KEY,
      dynamo: { endpoint: inject('dynamoEndpoint'), stop: async () => undefined },
      tableName: `jifen-console-${crypto.randomUUID()}`,
      clock,
      consoleDir: buildDir,
    });
    api = new ApiClient(jifen.url);
    fruitKey = (await seedDemo(api)).keys['fruit-shop']!;
    await seedActivity();
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await jifen?.stop();
    rmSync(buildDir, { recursive: true, force: true });
  }, TEST_TIMEOUT_MS);

  /** Alice earns twice at the fruit shop; a limit of 2 earns a day makes her third earn open a flag. */
  async function seedActivity(): Promise<void> {
    const program = await api.request('PUT', '/v1/admin/program', {
      body: {
        ...demoProgram,
        settlement: { issuePricePerThousandMinor: 2_000, reimbursementPerThousandMinor: 1_500 },
        limits: { earnsPerMemberPerDay: 2 },
      },
    });
    expect(program.status).toBe(200);
    expect((await api.request('PUT', '/v1/members/alice', { key: fruitKey, body: {} })).status).toBe(201);
    const earn = (amountMinor: number, reference: string) =>
      api.request('POST', '/v1/earn', {
        key: fruitKey,
        idempotencyKey: freshKey(),
        body: { memberId: 'alice', amountMinor, reference },
      });
    expect((await earn(123_456, 'receipt-1')).status).toBe(201);
    clock.set('2027-03-15T10:05:00.000Z');
    expect((await earn(9_999, 'receipt-2')).status).toBe(201);
    expect((await earn(500, 'receipt-3')).status).toBe(409);
  }

  const open = async (name: (typeof PAGES)[number]) => {
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  };

  const signIn = async (key: string) => {
    await page.getByLabel('Operator key', { exact: true }).fill(key);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  };

  it('refuses a wrong key and a merchant key with an alert, and signs in with the operator key', async () => {
    // Arrange
    await page.goto(`${jifen.url}/console/`);

    // Act: a wrong key
    await signIn('not-the-operator-key');
    const wrong = await page.getByRole('alert').textContent();

    // Act: a merchant's key
    await signIn(fruitKey);
    await page
      .getByRole('alert')
      .filter({ hasText: /operator|admin|forbidden|not allowed/i })
      .waitFor();
    const merchant = await page.getByRole('alert').textContent();

    // Act: the operator key
    await signIn(TEST_ADMIN_KEY);
    await page.getByRole('heading', { level: 1, name: 'Program', exact: true }).waitFor();

    // Assert
    expect(wrong).toMatch(/key/i);
    expect(merchant).not.toBe(wrong);
    for (const name of PAGES) await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Sign out', exact: true }).count()).resolves.toBe(1);
  });

  it('publishes a reward: refused without conditions with the API detail in an alert, then accepted and listed', async () => {
    // Arrange
    await open('Rewards');
    await page.getByLabel('Reward id', { exact: true }).fill('fruit-basket');
    await page.getByLabel('Name', { exact: true }).fill('Fruit basket');
    await page.getByLabel('Kind', { exact: true }).selectOption('item');
    await page.getByLabel('Cost in points', { exact: true }).fill('1200');
    await page.getByLabel('Value in CNY', { exact: true }).fill('20.5');
    await page.getByLabel('Stock', { exact: true }).fill('');

    // Act: no conditions
    await page.getByRole('button', { name: 'Save reward', exact: true }).click();
    const refusal = await page.getByRole('alert').textContent();
    const refused = await api.request('GET', '/v1/admin/rewards');

    // Act: with conditions
    await page.getByLabel('Conditions', { exact: true }).fill('One basket per member per month.');
    await page.getByRole('button', { name: 'Save reward', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'fruit-basket saved' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'fruit-basket' });
    await row.waitFor();

    // Assert
    const put = await api.request('PUT', '/v1/admin/rewards/check-detail', {
      body: { name: 'x', kind: 'item', costPoints: 1, valueMinor: 1, conditions: '' },
    });
    expect(put.status).toBe(400);
    expect(refusal).toContain(put.body.detail);
    expect(refused.body.items.map((reward: { rewardId: string }) => reward.rewardId)).not.toContain('fruit-basket');
    await expect(row.textContent()).resolves.toMatch(/1,200.*CNY 20\.50.*unlimited/);
    const saved = await api.request('GET', '/v1/admin/rewards?limit=100');
    expect(saved.body.items.find((reward: { rewardId: string }) => reward.rewardId === 'fruit-basket')).toMatchObject({
      costPoints: 1_200,
      valueMinor: 2_050,
      stock: null,
      conditions: 'One basket per member per month.',
    });
  });

  it("sends a JSON editor's text as typed, so the API's own refusal of bad JSON is what the operator reads", async () => {
    // Arrange
    await open('Program');
    const editor = page.getByLabel('Program (JSON)', { exact: true });
    const before = await api.request('GET', '/v1/admin/program');

    // Act
    await editor.fill('{"name": "Coalition",');
    await page.getByRole('button', { name: 'Save program', exact: true }).click();
    const alert = await page.getByRole('alert').textContent();

    // Assert
    const direct = await api.request('PUT', '/v1/admin/program', {
      rawBody: '{"name": "Coalition",',
      headers: { 'content-type': 'application/json' },
    });
    expect(direct.status).toBe(400);
    expect(alert).toContain(direct.body.detail);
    expect((await api.request('GET', '/v1/admin/program')).body).toEqual(before.body);
  });

  it('looks a member up: balance under "Balance" and a statement with signed points and balances after', async () => {
    // Act
    await open('Members');
    await page.getByLabel('Member id', { exact: true }).fill('alice');
    await page.getByRole('button', { name: 'Look up', exact: true }).click();
    await page.getByRole('heading', { name: 'Balance', exact: true }).waitFor();
    const statement = page.getByRole('table', { name: /Statement/ });
    await statement.waitFor();

    // Assert
    const member = await api.request('GET', '/v1/members/alice');
    const balance = page.locator('section', { has: page.getByRole('heading', { name: 'Balance', exact: true }) });
    await expect(balance.textContent()).resolves.toContain(member.body.balances.points.toLocaleString('en-US'));
    const rows = await statement.getByRole('row').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/2027-03-15 10:05 UTC.*earn.*\+99.*1,333.*fruit-shop.*receipt-2/);
    expect(rows[2]).toMatch(/2027-03-15 10:00 UTC.*earn.*\+1,234.*1,234.*fruit-shop.*receipt-1/);
  });

  it('shows a settlement statement for inclusive UTC days and downloads the same window as CSV', async () => {
    // Act
    await open('Settlement');
    await page.getByLabel('Merchant id', { exact: true }).fill('fruit-shop');
    await page.getByLabel('From', { exact: true }).fill('2027-03-01');
    await page.getByLabel('To', { exact: true }).fill('2027-03-15');
    await page.getByRole('button', { name: 'Show statement', exact: true }).click();
    const link = page.getByRole('link', { name: 'Download CSV', exact: true });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const csv = readFileSync((await download.path())!, 'utf8');

    // Assert
    const window = 'from=2027-03-01T00:00:00.000Z&to=2027-03-16T00:00:00.000Z';
    const json = await api.request('GET', `/v1/admin/settlements/fruit-shop?${window}`);
    const expectedCsv = await fetch(`${jifen.url}/v1/admin/settlements/fruit-shop?${window}`, {
      headers: { authorization: `Bearer ${TEST_ADMIN_KEY}`, accept: 'text/csv' },
    }).then((response) => response.text());
    expect(json.body.issued.points).toBe(1_333);
    const shown = await page.locator('main').textContent();
    expect(shown).toContain('1,333');
    expect(shown).toContain(
      `CNY ${(json.body.issued.amountMinor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );
    expect(csv).toBe(expectedCsv);
  });

  it('clears a flag with a reason, and the audit trail shows it first', async () => {
    // Arrange: later than every write so far, so the clearing is the newest audit line
    clock.set('2027-03-15T11:00:00.000Z');
    await open('Flags');
    const flagRow = page.getByRole('row').filter({ hasText: 'earnsPerMemberPerDay' });
    await flagRow.waitFor();

    // Act
    await flagRow.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByLabel('Reason', { exact: true }).fill('Bought for the office');
    await page.getByRole('button', { name: 'Clear flag', exact: true }).click();
    await page.getByText('No open flags.').waitFor();
    await open('Audit');
    const firstLine = page
      .getByRole('table', { name: /Operator writes/ })
      .getByRole('row')
      .nth(1);
    await firstLine.waitFor();

    // Assert
    const flags = await api.request('GET', '/v1/admin/flags?status=cleared');
    expect(flags.body.items).toHaveLength(1);
    await expect(firstLine.textContent()).resolves.toMatch(/Bought for the office/);
  });

  /** Pages that show little until asked: each is checked with its answer on screen. */
  const showContent: Partial<Record<(typeof PAGES)[number], () => Promise<void>>> = {
    Members: async () => {
      await page.getByLabel('Member id', { exact: true }).fill('alice');
      await page.getByRole('button', { name: 'Look up', exact: true }).click();
      await page.getByRole('table', { name: /Statement/ }).waitFor();
    },
    Settlement: async () => {
      await page.getByLabel('Merchant id', { exact: true }).fill('fruit-shop');
      await page.getByLabel('From', { exact: true }).fill('2027-03-01');
      await page.getByLabel('To', { exact: true }).fill('2027-03-31');
      await page.getByRole('button', { name: 'Show statement', exact: true }).click();
      await page.getByRole('link', { name: 'Download CSV', exact: true }).waitFor();
    },
  };

  it('has no serious or critical axe violation, fits 360 px without sideways scrolling, and breaks no CSP rule', async () => {
    const findings: Record<string, unknown> = {};
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const name of PAGES) {
        // Act
        await open(name);
        await showContent[name]?.();
        await page.waitForFunction(() => !document.querySelector('[role=status].working'));
        await page.screenshot({ path: join(SCREENSHOTS, `${name.toLowerCase()}-${width}.png`), fullPage: true });
        const violations = await seriousAxeViolations(page);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);

        // Assert (collected, so one run names every page that fails)
        if (violations.length > 0) findings[`${name} at ${width}px: axe`] = violations;
        if (width === 360 && scrollWidth > 360) findings[`${name} at 360px: scrollWidth`] = scrollWidth;
      }
    }
    expect(findings).toEqual({});
    expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  });

  it('signs out and forgets the key: nothing stored, and a reload asks for it again', async () => {
    // Act
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('Operator key', { exact: true }).waitFor();
    const stored = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }),
    );
    await signIn(TEST_ADMIN_KEY);
    await page.getByRole('navigation', { name: 'Console' }).waitFor();
    await page.reload();

    // Assert
    expect(stored).toBe(JSON.stringify({ local: {}, session: {}, cookie: '' }));
    await page.getByLabel('Operator key', { exact: true }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Console' }).count()).resolves.toBe(0);
    expect((await context.cookies()).length).toBe(0);
  });

  it('works with the keyboard alone: sign in, open a page from the menu, look a member up', async () => {
    // Arrange: signed out by the test before, on the sign-in page
    await page.getByLabel('Operator key', { exact: true }).focus();

    // Act
    await page.keyboard.type(TEST_ADMIN_KEY);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('navigation', { name: 'Console' });
    await menu.waitFor();
    await menu.getByRole('link', { name: 'Program', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Members', exact: true }).waitFor();
    const focusedAfterNavigation = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    await page.keyboard.type('alice');
    await page.keyboard.press('Enter');

    // Assert
    expect(focusedAfterNavigation).toBe('Members');
    await page.getByRole('heading', { name: 'Balance', exact: true }).waitFor();
    const statement = page.getByRole('table', { name: /Statement/ });
    await statement.waitFor();
    await expect(statement.getByRole('row').count()).resolves.toBe(3);
  });
});
