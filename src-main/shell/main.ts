/**
 * The Electron main process: owns the journal, opens the window, answers IPC.
 * Everything with logic in it lives in a module that does not import Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session, shell, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MENU_EVENT, type MenuCommand } from '../core/ipc/contract';
import { openJournal, type Journal } from '../core/journal';
import { APP_NAME } from '../core/journal-location';
import { tidyAfterStart } from '../core/interactive/tidy-after-start';
import { APP_PAGE_URL, isExternalWebUrl, type AppPages } from './app-pages';
import { APP_ID, isSupersededLoad } from './app-identity';
import { backUpJournalInteractively } from './backup';
import { saveBeforeClose } from './close-guard';
import { dialogHost } from './dialog-host';
import { isOwnDataFolder } from './journal-notice';
import { chooseJournalPath } from './journal-path';
import { warnAboutJournal } from './journal-warning';
import { installAppMenu } from './menu';
import { electronNativeBinding, missingNativeBindingMessage } from './native-binding';
import { guardEveryWebContents, registerAppScheme, secureSession } from './security';
import { loadShellPreferences, saveShellPreferences } from './shell-preferences';
import { applySpellingPolicy, spellingPolicy } from './spelling';
import { describeSender, type SenderFacts } from './sender-check';
import { registerIpc } from './ipc';
import { keychainSecrets } from './publish-secrets';
import { createMainWindow, focusWindow } from './window';

// The bundle lives in out/main; the preload and the renderer sit beside it.
const bundleDir = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(bundleDir, '..', '..');
const pages: AppPages = {
  rendererDir: join(bundleDir, '..', 'renderer'),
  devServerUrl: !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined,
};
const preloadFile = join(bundleDir, '..', 'preload', 'index.cjs');

let journal: Journal | null = null;
let mainWindow: BrowserWindow | null = null;
/** Set when the user quits: a window held open to save closes by quitting again. */
let quitting = false;

// The same userData folder however Electron was started (`electron .`, a package, or a
// test launching out/main/index.js), and the one the CLI computes for its default journal.
app.setName(APP_NAME);
app.setPath('userData', join(app.getPath('appData'), APP_NAME));
const preferencesFile = join(app.getPath('userData'), 'preferences.json');
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
// Before ready: app:// must be privileged, and no web contents may exist unguarded.
registerAppScheme();
guardEveryWebContents(pages, openInBrowser);

if (!app.requestSingleInstanceLock()) {
  // Dramalog is already running: that instance focuses its window (second-instance below).
  app.quit();
} else {
  // Launching Dramalog again, or clicking its Dock icon, brings the window forward; on macOS,
  // where the app lives on with its window closed, either opens a new one.
  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => journal?.close());
  app.whenReady()
    .then(start)
    .catch((error: unknown) => fail('Dramalog could not start', describe(error)));
}

async function start(): Promise<void> {
  let journalPath: string;
  try {
    journalPath = chooseJournalPath({ argv: process.argv, env: process.env, userDataDir: app.getPath('userData'), cwd: process.cwd() });
  } catch (error) {
    return fail('Dramalog could not start', describe(error));
  }
  const nativeBinding = electronNativeBinding({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, projectRoot });
  if (!existsSync(nativeBinding)) return fail('Dramalog cannot open its journal', missingNativeBindingMessage(nativeBinding, app.isPackaged));
  try {
    journal = openJournal(journalPath, { nativeBinding, createFolder: isOwnDataFolder(journalPath, app.getPath('userData')) });
  } catch (error) {
    // e.g. journal-too-new: the core has refused before writing anything.
    return fail('Dramalog cannot open this journal', `${describe(error)}\n\nJournal: ${journalPath}`);
  }
  const openedJournal = journal;

  secureSession(session.defaultSession, pages);
  const preferences = loadShellPreferences(preferencesFile);
  const spelling = spellingPolicy(process.platform, preferences.downloadSpellingDictionaries);
  applySpellingPolicy(session.defaultSession, spelling);
  // Publish passwords: encrypted by the OS keychain, in the app's own folder, never in the journal.
  const secrets = keychainSecrets(safeStorage, join(app.getPath('userData'), 'publish-secrets.json'));
  registerIpc(openedJournal, pages, senderOf, dialogHost(() => mainWindow, secrets));
  installAppMenu({
    appName: app.name,
    isMac: process.platform === 'darwin',
    sendCommand,
    backUpJournal: () => {
      backUpJournalInteractively(mainWindow, openedJournal).catch((error: unknown) => console.error('backup failed:', error));
    },
    showJournalFile: () => shell.showItemInFolder(openedJournal.path),
    spellingDownload: spelling.downloadIsAChoice
      ? { allowed: preferences.downloadSpellingDictionaries, setAllowed: allowSpellingDownload }
      : undefined,
  });
  await openMainWindow();
  // A damaged or read-only journal opened for reading only: say so, and offer to recover a damaged one.
  warnAboutJournal(mainWindow, openedJournal, nativeBinding).catch((error: unknown) => console.error('could not warn about the journal:', error));
  // Once the window is up: a killed export's swap finished, unused pictures removed.
  setTimeout(() => tidyAfterStart(openedJournal, (what, error) => console.error(`${what}:`, error)), 5_000);
}

async function openMainWindow(): Promise<void> {
  const window = createMainWindow({
    preloadFile,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    icon: windowIcon(),
  });
  mainWindow = window;
  // Unsaved typing in the editor is saved before the window goes (its close button, or Quit).
  saveBeforeClose(window, ipcMain, () => (quitting ? app.quit() : window.close()));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  const indexFile = join(pages.rendererDir, 'index.html');
  try {
    if (pages.devServerUrl) await window.loadURL(pages.devServerUrl);
    else if (existsSync(indexFile)) await window.loadURL(APP_PAGE_URL);
    else fail('Dramalog is not built', `${indexFile} is missing. Run "npm run build" (or "npm start", which builds first).`);
  } catch (error) {
    // A reload during the first load aborts that load; the reload carries on.
    if (isSupersededLoad(error)) console.error('the first page load was replaced by another:', describe(error));
    else fail('Dramalog could not show its window', describe(error));
  }
}

/**
 * Linux shows no icon for a window that names none, packaged or not: packages
 * carry resources/icon.png beside the app (electron-builder.yml, extraResources).
 * Windows and macOS take the packaged app's own icon.
 */
function windowIcon(): string | undefined {
  const icon = app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(projectRoot, 'resources', 'icon.png');
  if (app.isPackaged && process.platform !== 'linux') return undefined;
  return existsSync(icon) ? icon : undefined;
}

/** The Edit menu's spelling choice: saved at once; dictionaries come from the next start (the downloader is pointed nowhere now). */
function allowSpellingDownload(allowed: boolean): void {
  try {
    saveShellPreferences(preferencesFile, { downloadSpellingDictionaries: allowed });
  } catch (error) {
    console.error(`could not save ${preferencesFile}:`, error);
  }
  if (!allowed) {
    applySpellingPolicy(session.defaultSession, spellingPolicy(process.platform, false));
    return;
  }
  void dialog.showMessageBox({
    type: 'info',
    message: 'Spelling will be checked from the next start',
    detail: "When Dramalog next starts, Electron downloads the spelling dictionaries for your language from Google's servers. Nothing you write is sent.",
  });
}

function openInBrowser(url: string): void {
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error(`could not open ${url} in the browser:`, error));
}

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
  else if (journal) void openMainWindow();
}

function sendCommand(command: MenuCommand): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  focusWindow(mainWindow);
  mainWindow.webContents.send(MENU_EVENT, command);
}

function senderOf(event: IpcMainInvokeEvent): SenderFacts {
  const window = mainWindow;
  return describeSender(event, window !== null && !window.isDestroyed() ? window.webContents : null);
}

/** Tells the user what went wrong, then quits with a failure status. Nothing has been written. */
function fail(title: string, detail: string): void {
  console.error(`${title}: ${detail}`);
  dialog.showErrorBox(title, detail);
  journal?.close();
  app.exit(1);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
