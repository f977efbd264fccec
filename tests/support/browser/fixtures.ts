/**
 * Playwright fixtures for the renderer end-to-end tests: Debian's Chromium, the built
 * renderer served over http://127.0.0.1, and `window.dramalog` bridged to the real
 * journal core on a temporary SQLite file in this test process.
 *
 *   import { test, expect } from '../support/browser/fixtures';
 *   test('…', async ({ app, page, journal }) => { await app.open(); … });
 *
 * The core's .ts files load here as they are: Playwright's own loader resolves their
 * extensionless relative imports in this ESM package, with no extra tsconfig setting.
 */
import { resolve } from 'node:path';
import { chromium, expect, test as base, type Browser, type Page } from '@playwright/test';
import type { MenuCommand } from '../../../src-main/core/ipc/contract';
import { BEFORE_CLOSE_FUNCTION, bridgeInitScript, INVOKE_BINDING, MENU_COMMAND_EVENT, PROGRESS_TEST_EVENT } from './bridge-script';
import { JournalUnderTest } from './journal-under-test';
import { serveFolder } from './static-server';

const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');
const CHROMIUM = process.env.DRAMALOG_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Plays an app-menu command (File > New Drama, …) as Electron's menu would send it. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate(
    ([event, detail]) => window.dispatchEvent(new CustomEvent(event, { detail })),
    [MENU_COMMAND_EVENT, command] as const,
  );
}

/** The app in the page, and ways to restart it against the same journal file. */
export class DramalogApp {
  constructor(
    readonly page: Page,
    readonly journal: JournalUnderTest,
    private readonly baseUrl: string,
  ) {}

  /** Opens the app at a route (`#/library`, `#/new`, `#/drama/3`, `#/settings`). */
  async open(route = '#/library'): Promise<void> {
    await this.page.goto(new URL(`index.html${route}`, this.baseUrl).href);
    await this.settled();
  }

  /** Reloads the page: the renderer starts over, the journal stays open. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.settled();
  }

  /** Closes the journal, opens the same file again and reloads the page: a fresh start of the app. */
  async restart(): Promise<void> {
    this.journal.reopen();
    await this.reload();
  }

  sendMenuCommand(command: MenuCommand): Promise<void> {
    return sendMenuCommand(this.page, command);
  }

  /**
   * Plays the desktop window closing: the page's before-close listeners run (as
   * Electron's main process asks them to) and this resolves once they finished.
   */
  async beforeWindowCloses(): Promise<void> {
    await this.page.evaluate((name) => (window as unknown as Record<string, () => Promise<void>>)[name]!(), BEFORE_CLOSE_FUNCTION);
  }

  private async settled(): Promise<void> {
    // The first: the review editor's preview holds the review's own title as a second level-1 heading.
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(this.page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  }
}

interface WorkerFixtures {
  rendererUrl: string;
}

interface TestFixtures {
  /** A journal with the first-run questions still to answer: `test.use({ freshJournal: true })`. */
  freshJournal: boolean;
  journal: JournalUnderTest;
  app: DramalogApp;
}

export const test = base.extend<TestFixtures, WorkerFixtures & { browser: Browser }>({
  freshJournal: [false, { option: true }],

  browser: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  rendererUrl: [
    async ({}, use) => {
      const server = await serveFolder(RENDERER_DIR);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  journal: async ({ freshJournal }, use) => {
    const journal = new JournalUnderTest({ fresh: freshJournal });
    await use(journal);
    journal.dispose();
    expect(journal.unexpectedErrors, 'the core hit errors it did not expect').toEqual([]);
  },

  // Every page gets the bridge before the app's scripts run, and fails the test if it logs an error
  // (an exception, a Content-Security-Policy violation, a failed request).
  page: async ({ page, journal }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Failed loads are reported below with their address; the console line has none.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    await page.exposeBinding(INVOKE_BINDING, async (_source, channel: string, input: unknown) => JSON.stringify(await journal.dispatch(channel, input)));
    await page.addInitScript({ content: bridgeInitScript() });
    // The test host's progress reaches the page as the shell's reaches the window: as an event, in order.
    const stopProgress = journal.host.onProgress((event) => {
      page
        .evaluate(([name, detail]) => window.dispatchEvent(new CustomEvent(name, { detail })), [PROGRESS_TEST_EVENT, event] as const)
        .catch(() => {}); // the page closed or navigated meanwhile: nobody is watching
    });
    await use(page);
    stopProgress();
    expect(problems, 'the page reported errors').toEqual([]);
  },

  app: async ({ page, journal, rendererUrl }, use) => {
    await use(new DramalogApp(page, journal, rendererUrl));
  },
});

export { expect };
