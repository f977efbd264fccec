import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const dir = process.argv[2] ?? '/tmp/s2-pictures/site';
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  for (const [name, path] of [['index', 'index.html'], ['review', 'reviews/soundtrack-2.html'], ['review3', 'reviews/winter-letters.html']]) {
    await page.goto(`file://${dir}/${path}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/s2-pictures/shots/${name}-${width}.png`, fullPage: name !== 'review' });
  }
  if (width === 1280) {
    await page.goto(`file://${dir}/reviews/soundtrack-2.html`);
    await page.evaluate(() => document.querySelector('figure.picture')?.scrollIntoView());
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/s2-pictures/shots/review-picture-${width}.png` });
    console.log(await page.evaluate(() => [...document.images].map((i) => i.currentSrc + ' ' + i.naturalWidth)));
  }
  await page.close();
}
await browser.close();
