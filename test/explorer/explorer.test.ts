import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { listeners, listening } from '../live/support';

/**
 * The explorer page (explorer/app.ts, served at /graphql to a browser outside production), driven
 * in Debian's headless Chromium: it loads from the gateway alone, runs a query over HTTP and a
 * subscription over graphql-ws with the token of its box, and leaves a screenshot in
 * test/artifacts/.
 */
const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
let gw: TestGateway;
let tenant: FixtureTenant;
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'explorer', 'app.js'))) execFileSync('node', ['explorer/build.mjs'], { cwd: ROOT });
  gw = await startTestGateway();
  tenant = await createTenant(gw.backends.pg, 'explorer', 2);
  browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage();
  page.on('request', (request) => void requested.push(request.url()));
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${gw.url}#token=${await gw.tokenFor(tenant.admin)}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

/** Puts `query` in the editor and runs it; resolves with the response pane's text once `expected` shows. */
async function run(query: string, expected: string): Promise<string> {
  await page.evaluate((text) => {
    (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(text);
  }, query);
  // GraphiQL takes the editor's text into its state a moment after an edit (debounced).
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.click('.graphiql-execute-button');
  await page.waitForFunction((text) => document.querySelector('.graphiql-response')?.textContent?.includes(text), { timeout: 10_000 }, expected);
  return page.$eval('.graphiql-response', (pane) => pane.textContent ?? '');
}

it('loads from the gateway alone, with the example operations as tabs', async () => {
  // (Its fonts are inlined as data: URLs.)
  const elsewhere = requested.filter((url) => !url.startsWith('data:') && !url.startsWith(gw.url.replace('/graphql', '')));
  expect(elsewhere).toEqual([]);
  const tabs = await page.$$eval('.graphiql-tab .graphiql-tab-button', (elements) => elements.map((tab) => tab.textContent?.trim()));
  expect(tabs).toEqual(expect.arrayContaining(['ProjectsWithDiscussion', 'Dashboard', 'Notifications']));
});

it('runs a query with the token of its box', async () => {
  const text = await run('{ me { id name } projects(first: 5) { totalCount } }', tenant.admin.id);
  expect(text).toContain('"totalCount": 2');
});

it('runs a subscription over graphql-ws, and shows what arrives', async () => {
  const before = await listeners(gw.url, 'added');
  const shown = run('subscription { notificationAdded { title } }', 'Hello from the test');
  // The page's socket opens and subscribes on the click; a notification sent after that arrives live.
  await listening(gw.url, 'added', before + 1);
  const sent = await gw.query('mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }',
    { input: { recipientIds: [tenant.admin.id], title: 'Hello from the test', body: '' } }, await gw.tokenFor({ ...tenant.admin, roles: ['sender'] }));
  expect(sent.errors).toBeUndefined();
  expect(await shown).toContain('Hello from the test');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'explorer.png') });
});

it('is not served in production', async () => {
  const production = await startTestGateway({ NODE_ENV: 'production', JWT_JWKS_URL: 'http://127.0.0.1:2/jwks.json' }).catch((error: Error) => error);
  if (production instanceof Error) throw production;
  try {
    const res = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).not.toContain('text/html');
  } finally {
    await production.stop();
  }
});
