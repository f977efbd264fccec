/**
 * The built desktop app, launched with Playwright's Electron support on a temporary
 * journal. Where Electron cannot launch (its binary was never downloaded, there is no
 * display, or better-sqlite3 was not built for it), each test is skipped and says why.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, projectRoot } from '../../scripts/electron-binary.mjs';
import { openJournal } from '../../src-main/core/journal';

const mainBundle = join(projectRoot, 'out', 'main', 'index.js');
const electronSqlite = join(projectRoot, 'node_modules', '.dramalog-native', 'electron', 'better_sqlite3.node');

/** Why Electron cannot launch here, or null when it can. */
function whyElectronCannotLaunch(): string | null {
  const binary = findElectronBinary();
  if (!binary.ok) return `Electron cannot launch here: ${binary.reason} (Electron's binary is downloaded on first use, which needs internet access)`;
  if (!existsSync(electronSqlite)) {
    return `better-sqlite3 has not been built for Electron (${electronSqlite} is missing); run "node scripts/build-electron-native.mjs" with internet access`;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'Electron cannot launch here: there is no display ($DISPLAY is unset); run the tests under xvfb-run';
  }
  return null;
}

const cannotLaunch = whyElectronCannotLaunch();

function skipUnlessElectronLaunches(): void {
  if (cannotLaunch) console.log(`[electron] skipped: ${cannotLaunch}`);
  test.skip(cannotLaunch !== null, cannotLaunch ?? '');
}

interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
  journalPath: string;
  configDir: string;
  close(): Promise<void>;
  cleanup(): void;
}

async function launchApp(): Promise<LaunchedApp> {
  expect(existsSync(mainBundle), `${mainBundle} is missing: run "npm run build" first`).toBe(true);
  const binary = findElectronBinary();
  if (!binary.ok) throw new Error(binary.reason);
  const dir = mkdtempSync(join(tmpdir(), 'dramalog-electron-'));
  const journalPath = join(dir, 'journal.sqlite');
  const configDir = join(dir, 'config');
  // A journal past the first-run questions, so the app opens on the library.
  const seeded = openJournal(journalPath);
  seeded.settings.update({ onboarded: true });
  seeded.close();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // The built renderer, not a dev server; a userData folder of the test's own (Linux and
  // Windows read these), so neither the user's journal nor a running Dramalog is touched.
  delete env.ELECTRON_RENDERER_URL;
  delete env.DRAMALOG_DB;
  env.XDG_CONFIG_HOME = configDir;
  env.APPDATA = configDir;
  const app = await _electron.launch({
    executablePath: binary.path,
    // The project folder: Electron reads package.json (name, main = out/main/index.js).
    args: [projectRoot, '--db', journalPath, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: projectRoot,
    env,
  });
  const window = await app.firstWindow();
  // The renderer has mounted (and subscribed to menu commands) once a screen heading shows.
  await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
  let closed = false;
  return {
    app,
    window,
    journalPath,
    configDir,
    close: async () => {
      if (closed) return;
      closed = true;
      await app.close();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

test.describe('the desktop app', () => {
  let launched: LaunchedApp | undefined;

  test.afterEach(async () => {
    await launched?.close();
    launched?.cleanup();
    launched = undefined;
  });

  test('adds a drama from File > New Drama and keeps it in the journal file', async () => {
    skipUnlessElectronLaunches();
    launched = await launchApp();
    const { app, window } = launched;

    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-drama')?.click());
    await expect(window.getByRole('heading', { name: 'Add drama' })).toBeVisible();

    await window.getByLabel('English title').fill('Moonlit Ferry');
    await window.getByLabel('Korean title').fill('달빛 나루');
    await window.getByRole('combobox', { name: 'Platforms' }).fill('Netflix');
    await window.getByRole('combobox', { name: 'Platforms' }).press('Enter');
    await window.getByRole('combobox', { name: 'Platforms' }).fill('tvN');
    await window.getByRole('combobox', { name: 'Platforms' }).press('Enter');
    await window.getByLabel('Month').selectOption({ label: 'March' });
    await window.getByLabel('Year').fill('2024');
    await window.getByLabel('Episodes', { exact: true }).fill('12');
    await window.getByRole('combobox', { name: 'Genres' }).fill('Romance');
    await window.getByRole('combobox', { name: 'Genres' }).press('Enter');
    await window.getByRole('button', { name: 'Save' }).click();

    await window.getByRole('link', { name: 'Library' }).click();
    await expect(window.getByRole('link', { name: 'Moonlit Ferry' })).toBeVisible();
    await expect(window.getByText('달빛 나루')).toBeVisible();

    await launched.close();
    const journal = openJournal(launched.journalPath);
    try {
      expect(journal.dramas.list({})).toMatchObject([
        {
          title: 'Moonlit Ferry',
          nativeTitle: '달빛 나루',
          platforms: ['Netflix', 'tvN'],
          aired: { year: 2024, month: 3 },
          episodes: 12,
          genres: ['Romance'],
          status: 'plan-to-watch',
        },
      ]);
    } finally {
      journal.close();
    }
    if (process.platform === 'linux') {
      const state = JSON.parse(readFileSync(join(launched.configDir, 'Dramalog', 'window-state.json'), 'utf8'));
      expect(state).toMatchObject({ bounds: { width: expect.any(Number), height: expect.any(Number) }, maximized: expect.any(Boolean) });
    }
  });

  test('gives the page the narrow API only, on the journal named by --db, and keeps it in its window', async () => {
    skipUnlessElectronLaunches();
    launched = await launchApp();
    const { app, window: appWindow } = launched;

    const seen = await appWindow.evaluate(async () => {
      const api = (window as unknown as { dramalog: Record<string, unknown> }).dramalog;
      const info = await (api['journal.info'] as (input?: unknown) => Promise<unknown>)(undefined);
      const bad = await (api['dramas.create'] as (input: unknown) => Promise<unknown>)({ title: 42 });
      return {
        keys: Object.keys(api).sort(),
        hasIpcRenderer: 'ipcRenderer' in api,
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
        info,
        bad,
      };
    });
    // Node stays out of the page (nodeIntegration off, context isolated); only the narrow API is there.
    expect(seen.hasIpcRenderer).toBe(false);
    expect(seen.hasRequire).toBe(false);
    expect(seen.hasProcess).toBe(false);
    expect(seen.keys).toContain('dramas.create');
    expect(seen.keys).toContain('onMenuCommand');
    expect(seen.info).toMatchObject({ ok: true, value: { path: launched.journalPath } });
    expect(seen.bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    // window.open and navigation away are refused: still one window, still the app.
    const before = await appWindow.evaluate(() => location.href);
    // Served from the app's own scheme, not file:// (security.ts, app-pages.ts).
    expect(before).toMatch(/^app:\/\/dramalog\/index\.html/);
    await appWindow.evaluate(() => {
      window.open('about:blank', '_blank');
      location.href = 'file:///etc/hostname';
    });
    await appWindow.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(await appWindow.evaluate(() => location.href)).toBe(before);
  });
});
