import { chromium } from '@playwright/test';
const KEY = '4Yl1A0cV0K8uoH8XLn8egCOqs8uoiY7I-b6WZRGzvo8';
const base = 'http://127.0.0.1:5105/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 720, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(base + '?key=' + KEY);
    await page.waitForTimeout(800);
    await page.goto(base + '#/new'); await page.waitForTimeout(700);
    await page.getByRole('button', { name: 'Save', exact: true }).click(); await page.waitForTimeout(400);
    await page.screenshot({ path: '/tmp/s5/shots/add-' + width + '-' + scheme + '.png', fullPage: true });
    await page.goto(base + '#/drama/1/edit'); await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/s5/shots/edit-' + width + '-' + scheme + '.png', fullPage: true });
    await page.goto(base + '#/drama/1/review'); await page.waitForTimeout(900);
    await page.getByRole('button', { name: 'Mark final' }).click(); await page.waitForTimeout(1200);
    await page.screenshot({ path: '/tmp/s5/shots/final-' + width + '-' + scheme + '.png', fullPage: true });
    await page.goto(base + '#/drama/1'); await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/s5/shots/drama-' + width + '-' + scheme + '.png', fullPage: true });
    await context.close();
  }
}
await browser.close();
