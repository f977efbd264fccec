import { BrowserWindow, Menu, screen, shell, type WebContents } from 'electron';
import { editContextMenu } from './edit-context-menu';
import { isAppPageUrl, isExternalWebUrl, type AppPages } from './app-pages';
import { MIN_WINDOW_SIZE, loadWindowState, placeWindow, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preloadFile: string;
  pages: AppPages;
  /** The JSON file in userData where the window's size and position are kept. */
  stateFile: string;
  icon?: string;
}

const SAVE_DELAY_MS = 500;

/** The one app window: locked down, placed where the user left it, and remembering where that is. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    loadWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Dramalog',
    show: false,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // A page that fails to load would otherwise leave an invisible window behind.
  window.webContents.once('did-fail-load', () => window.isDestroyed() || window.show());
  denyNavigation(window.webContents, options.pages);
  offerSpellingSuggestions(window);
  rememberPlacement(window, options.stateFile);
  return window;
}

/** Brings the window to the front, e.g. when the user launches Dramalog a second time. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

/**
 * The window only ever shows the app's own page. Links to websites open in the
 * system browser; every other navigation, pop-up and embedded webview is refused.
 */
function denyNavigation(contents: WebContents, pages: AppPages): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppPageUrl(url, pages)) return;
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppPageUrl(event.url, pages)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openInBrowser(url: string): void {
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error(`could not open ${url} in the browser:`, error));
}

function rememberPlacement(window: BrowserWindow, stateFile: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isFullScreen()) return;
    try {
      saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window position is not worth interrupting the user for.
      console.error(`could not remember the window position in ${stateFile}:`, error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}

/** Right-click in a text field: the spellchecker's suggestions, then cut, copy and paste. */
function offerSpellingSuggestions(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = editContextMenu(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}
