import { chromium } from '@playwright/test';
const KEY = process.env.KEY;
const [,, route, name, setup] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 720, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
    await page.goto(`http://127.0.0.1:5107/?key=${KEY}`);
    await page.waitForTimeout(400);
    await page.evaluate((r) => (location.hash = r), route);
    await page.waitForTimeout(700);
    if (setup) await (await import(`./${setup}`)).default(page);
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: `/tmp/s7-polish/shots/${name}-${width}-${scheme}.png`, fullPage: false });
    console.log(name, width, scheme, 'overflow', overflow);
    await page.close();
  }
}
await browser.close();
