import { chromium } from '@playwright/test';
const KEY = process.env.KEY, BASE = 'http://127.0.0.1:5106';
const OUT = '/tmp/s6-publish/shots';
const SITE = '/tmp/s6-publish/mysite-with-a-rather-long-folder-name/drama-reviews';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const only = process.argv[2] ?? 'all';
async function pageAt(width, scheme) {
  const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 }, colorScheme: scheme });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${BASE}/?key=${KEY}#/library`);
  await page.waitForTimeout(500);
  return page;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 720, 390]) {
    const tag = `${width}-${scheme}`;
    const page = await pageAt(width, scheme);
    await page.goto(`${BASE}/#/data`);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/data-${tag}.png`, fullPage: only === 'full' });
    const place = await page.evaluate(async () => (await (await fetch('/api/site.place', { method: 'POST' })).json()).value);
    if (!place) {
      await page.getByRole('button', { name: /^Update site/ }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/dialog-first-${tag}.png` });
      await page.getByRole('dialog', { name: 'Update site' }).getByRole('button', { name: 'Choose folder…' }).click();
      await page.getByLabel('Folder on the computer that runs Dramalog').fill(SITE);
      await page.getByRole('button', { name: 'Export here' }).click();
      await page.getByRole('button', { name: 'Done' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/data-with-folder-${tag}.png` });
    }
    await page.route('**/api/site.update', async (route) => { await sleep(2500); await route.continue(); });
    await page.getByRole('button', { name: /^Update site/ }).first().click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/dialog-running-${tag}.png` });
    await page.getByText('Your site is up to date in').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Show folder' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/dialog-done-${tag}.png` });
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    // The editor's offer after Mark final.
    await page.goto(`${BASE}/#/drama/4/review`);
    await page.waitForTimeout(800);
    const back = page.getByRole('button', { name: 'Back to draft' });
    if (await back.isVisible()) { await back.click(); await page.waitForTimeout(500); }
    const intro = page.getByRole('textbox', { name: 'Intro', exact: true });
    if (!(await intro.inputValue())) {
      await intro.fill('A quiet ferry, a louder heart.');
      await page.getByRole('textbox', { name: 'The Story', exact: true }).fill('Seo Yun crosses the river every night.');
      await page.getByRole('radio', { name: 'A-', exact: true }).check();
    }
    await page.getByRole('button', { name: 'Mark final' }).click();
    await page.getByText('Marked final.').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/editor-offer-${tag}.png` });
    await page.context().close();
  }
}
await browser.close();
