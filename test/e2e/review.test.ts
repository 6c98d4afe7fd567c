// The review UI in headless Chromium: the sample pair's page, confirm a bead with the
// keyboard, merge and undo, the keys help, a TMX export, a realign that changes nothing,
// a move that empties the bead page, and a screenshot for a person
// to look at (test-output/, not committed).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { startApp, Harness } from '../web/harness';
import { loadSampleIfEmpty } from '../../server/store/sample';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = resolve(__dirname, '..', '..', 'test-output');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) process.stderr.write(`${CHROMIUM} is not installed: the browser test is skipped (apt-get install chromium)\n`);

const browserTest = haveChromium ? test : test.skip;
let app: Harness;
let browser: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  if (!haveChromium) return;
  app = await startApp(loadSampleIfEmpty);
  profile = mkdtempSync(join(tmpdir(), 'muqabala-chromium-'));
  // A fresh profile folder each run (playwright passes it to Chromium as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());
}, 60000);

afterAll(async () => {
  if (!haveChromium) return;
  await browser?.close();
  await app?.close();
  rmSync(profile, { recursive: true, force: true });
});

const beadCount = (): Promise<number> => page.locator('article.bead').count();

browserTest('confirm with the keyboard, merge and undo, export TMX', async () => {
  await page.goto(`${app.base}/pairs/1`);
  await page.locator('article.bead.current').waitFor();
  // On arrival the page shows its header, titles and filters: nothing scrolled away.
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => [window.scrollY, location.hash])).toEqual([0, '']);
  const firstId = await page.locator('article.bead').first().getAttribute('id');
  expect(await page.locator(`#${firstId} .side-ar`).getAttribute('dir')).toBe('rtl');

  await page.keyboard.press('c');
  await page.locator(`#${firstId}.status-confirmed`).waitFor();
  // The bead swapped in place offers Reopen, not Confirm again.
  expect(await page.locator(`#${firstId} button[data-action="confirm"]`).count()).toBe(0);
  expect(await page.locator(`#${firstId} button[data-action="reopen"]`).count()).toBe(1);
  // The selection moves on to the next bead after a confirm.
  const secondId = await page.locator('article.bead').nth(1).getAttribute('id');
  await page.locator(`#${secondId}.current`).waitFor();

  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.locator(`#${secondId}.current`).waitFor();

  const before = await beadCount();
  // Merge and undo update the bead list in place: no reload, the page stays where it was.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await page.keyboard.press('m');
  await page.waitForFunction((n) => document.querySelectorAll('article.bead').length === n, before - 1);
  await page.locator('#toast', { hasText: 'Merge done' }).waitFor();
  await page.keyboard.press('u');
  await page.waitForFunction((n) => document.querySelectorAll('article.bead').length === n, before);
  await page.locator('#toast', { hasText: 'Undone: merge of bead' }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await page.locator(`#${firstId}`).getAttribute('class')).toContain('status-confirmed');
  expect(await page.locator(`#${secondId}.current`).count()).toBe(1);

  await page.keyboard.press('?');
  await page.locator('#keys-help[open]').waitFor();
  // While the help is open, the keys do not act on the beads behind it.
  const statusBehind = await page.locator('article.bead.current').getAttribute('class');
  await page.keyboard.press('x');
  await page.waitForTimeout(300);
  expect(await page.locator('article.bead.current').getAttribute('class')).toBe(statusBehind);
  await page.keyboard.press('Escape');

  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, 'review.png'), fullPage: true });

  await page.goto(`${app.base}/export`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.primary', { hasText: 'Download' }).click()]);
  const path = join(profile, 'export.tmx');
  await download.saveAs(path);
  const tmx = readFileSync(path, 'utf8');
  expect(tmx).toContain('<tmx version="1.4">');
  expect(tmx.match(/<tu /g)).toHaveLength(1);
  expect(tmx).toContain(`tuid="${firstId!.slice(1)}"`);
}, 60000);

browserTest('upload a report from the corpus page', async () => {
  await page.goto(`${app.base}/`);
  await page.locator('#import-files').setInputFiles({
    name: 'rapport-agadir.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Agadir inaugure une station de dessalement\n\nLa station de dessalement d’Agadir a été inaugurée le 14 mars 2026 devant 42 délégations du forum.\n', 'utf8'),
  });
  await Promise.all([page.waitForURL(/\/\?import=\d+#import$/), page.locator('#import-form button.primary').click()]);
  await page.locator('.import-status').waitFor();
  expect(await page.locator('.import-status').innerText()).toContain('Imported 1 document(s)');
  expect(await page.locator('table.documents').innerText()).toContain('rapport-agadir.txt');
}, 60000);

browserTest('a realign that changes nothing says so in place; a move that empties the bead page goes to the pair page', async () => {
  await page.goto(`${app.base}/pairs/1`);
  await page.locator('article.bead.current').waitFor();
  const before = await beadCount();
  await page.locator('button[data-action="realign"]').click();
  await page.locator('#toast', { hasText: 'Nothing to realign: the alignment is unchanged' }).waitFor();
  expect(await beadCount()).toBe(before);

  // A 0–1 bead (the second part of a split 1–2 bead), opened on its own page.
  const beads = ((await (await app.get('/pairs/1.json')).json()) as { beads: { id: number; version: number; arabic: unknown[]; french: unknown[] }[] }).beads;
  const whole = beads.find((b) => b.arabic.length === 1 && b.french.length === 2)!;
  expect((await app.post(`/beads/${whole.id}/split`, { version: whole.version, arabicCount: 1, frenchCount: 1 }, { json: true })).status).toBe(200);
  const lone = ((await (await app.get('/pairs/1.json')).json()) as { beads: { id: number; arabic: unknown[] }[] }).beads.find((b) => b.id > whole.id && b.arabic.length === 0)!;
  await page.goto(`${app.base}/pairs/1/beads/${lone.id}`);
  await Promise.all([page.waitForURL(`${app.base}/pairs/1#b${whole.id}`), page.locator(`#b${lone.id} button[value="fr-prev"]`).click()]);
  await page.locator('#toast', { hasText: 'Move done' }).waitFor();
  await page.locator(`#b${whole.id}.current`).waitFor();
}, 60000);
