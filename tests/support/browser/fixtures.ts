/**
 * Playwright fixtures for the renderer end-to-end tests: Debian's Chromium and the real
 * journal core on a temporary SQLite file in this test process, reached as users reach it
 * in a browser: through `dramalog serve`'s server (src-main/server), over HTTP and SSE.
 *
 * A test that must play a native dialog of the desktop app (journal.host.answerFiles, …)
 * or the window closing uses the in-page bridge instead: `test.use({ transport: 'bridge' })`
 * puts a `window.dramalog` shaped like the Electron preload in the page, calling the same core.
 *
 *   import { test, expect } from '../support/browser/fixtures';
 *   test('…', async ({ app, page, journal }) => { await app.open(); … });
 *
 * The core's .ts files load here as they are: Playwright's own loader resolves their
 * extensionless relative imports in this ESM package, with no extra tsconfig setting.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test as base, type Browser, type Page } from '@playwright/test';
import type { MenuCommand } from '../../../src-main/core/ipc/contract';
import { browserHost } from '../../../src-main/server/browser-host';
import { EventHub } from '../../../src-main/server/events';
import { startServer } from '../../../src-main/server/start-server';
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

export type Transport = 'http' | 'bridge';

/** Where the page gets the app: the server's address and key, or (bridge) a plain static server. */
interface AppAddress {
  baseUrl: string;
  /** The server's key, exchanged for a session on the first page load. */
  key: string | null;
  /** The server's events (http): menu commands reach the page through them. */
  events: EventHub | null;
}

/** Plays an app-menu command (File > New Drama, …) as Electron's menu would send it, or (http) as the server's event stream carries it. */
export async function sendMenuCommand(page: Page, command: MenuCommand, events: EventHub | null = null): Promise<void> {
  if (events) {
    await expect.poll(() => events.size, { message: 'the page listens to the server\'s events' }).toBeGreaterThan(0);
    events.publish({ type: 'menu-command', command });
    return;
  }
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
    private readonly address: AppAddress,
  ) {}

  /** The server's address (http): another tab or a script may use it with `key`. */
  get baseUrl(): string {
    return this.address.baseUrl;
  }

  get key(): string | null {
    return this.address.key;
  }

  /** Opens the app at a route (`#/library`, `#/new`, `#/drama/3`, `#/settings`). */
  async open(route = '#/library', page: Page = this.page): Promise<void> {
    const key = this.address.key ? `?key=${encodeURIComponent(this.address.key)}` : '';
    await page.goto(new URL(`index.html${key}${route}`, this.address.baseUrl).href);
    await this.settled(page);
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
    return sendMenuCommand(this.page, command, this.address.events);
  }

  /**
   * Plays the desktop window closing: the page's before-close listeners run (as
   * Electron's main process asks them to) and this resolves once they finished.
   */
  async beforeWindowCloses(): Promise<void> {
    await this.page.evaluate((name) => (window as unknown as Record<string, () => Promise<void>>)[name]!(), BEFORE_CLOSE_FUNCTION);
  }

  private async settled(page: Page = this.page): Promise<void> {
    // The first: the review editor's preview holds the review's own title as a second level-1 heading.
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  }
}

interface WorkerFixtures {
  rendererUrl: string;
}

interface TestFixtures {
  /** A journal with the first-run questions still to answer: `test.use({ freshJournal: true })`. */
  freshJournal: boolean;
  /** How the page reaches the core: `dramalog serve`'s HTTP API (the default) or the in-page bridge. */
  transport: Transport;
  serverEvents: EventHub;
  journal: JournalUnderTest;
  appAddress: AppAddress;
  app: DramalogApp;
  /** Makes a new empty folder outside the journal's (for a site, a CSV, a dump), removed after the test. */
  scratch: () => string;
}

export const test = base.extend<TestFixtures, WorkerFixtures & { browser: Browser }>({
  freshJournal: [false, { option: true }],
  transport: ['http', { option: true }],
  serverEvents: async ({}, use) => use(new EventHub()),
  scratch: async ({}, use) => {
    const made: string[] = [];
    await use(() => {
      const dir = mkdtempSync(join(tmpdir(), 'dramalog-e2e-'));
      made.push(dir);
      return dir;
    });
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  },

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

  journal: async ({ freshJournal, transport, serverEvents }, use) => {
    // Over HTTP, the core's questions are answered by the browser (uploads, downloads), as in `dramalog serve`.
    const journal = new JournalUnderTest({ fresh: freshJournal, dialogHost: transport === 'http' ? browserHost(serverEvents) : undefined });
    await use(journal);
    journal.dispose();
    expect(journal.unexpectedErrors, 'the core hit errors it did not expect').toEqual([]);
  },

  // Every page gets the bridge before the app's scripts run, and fails the test if it logs an error
  // (an exception, a Content-Security-Policy violation, a failed request).
  page: async ({ page, journal, transport }, use) => {
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
    page.on('requestfailed', (request) => {
      // Leaving or reloading the page aborts the server's event stream (it never ends by itself),
      // a last save started as the page went away (it still reaches the server: keepalive), and
      // the favicon when a test moves on before the browser fetched it: none is an error of the page.
      const { pathname } = new URL(request.url());
      const abortedByLeaving = pathname.startsWith('/api/') || pathname.endsWith('.svg') || pathname.endsWith('.ico');
      if (abortedByLeaving && request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    let stopProgress = () => {};
    if (transport === 'bridge') {
      await page.exposeBinding(INVOKE_BINDING, async (_source, channel: string, input: unknown) => JSON.stringify(await journal.dispatch(channel, input)));
      await page.addInitScript({ content: bridgeInitScript() });
      // The test host's progress reaches the page as the shell's reaches the window: as an event, in order.
      stopProgress = journal.host.onProgress((event) => {
        page
          .evaluate(([name, detail]) => window.dispatchEvent(new CustomEvent(name, { detail })), [PROGRESS_TEST_EVENT, event] as const)
          .catch(() => {}); // the page closed or navigated meanwhile: nobody is watching
      });
    }
    await use(page);
    stopProgress();
    expect(problems, 'the page reported errors').toEqual([]);
  },

  appAddress: async ({ transport, journal, serverEvents, rendererUrl }, use) => {
    if (transport === 'bridge') return use({ baseUrl: rendererUrl, key: null, events: null });
    const server = await startServer({
      journal: journal.journal,
      rendererDir: RENDERER_DIR,
      live: { journal: () => journal.journal, dispatch: journal.dispatch, events: serverEvents },
    });
    await use({ baseUrl: `${server.origin}/`, key: server.secret, events: serverEvents });
    await server.close();
  },

  app: async ({ page, journal, appAddress }, use) => {
    await use(new DramalogApp(page, journal, appAddress));
  },
});

export { expect };
