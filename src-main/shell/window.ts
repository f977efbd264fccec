import { BrowserWindow, Menu, screen } from 'electron';
import { editContextMenu } from './edit-context-menu';
import { MIN_WINDOW_SIZE, loadWindowState, placeWindow, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preloadFile: string;
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
  // Shown once its page has painted: maximize() would show the window at once, blank.
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  // A page that fails to load would otherwise leave an invisible window behind.
  window.webContents.on('did-fail-load', (_event, _code, _description, _url, isMainFrame) => {
    if (isMainFrame && !window.isDestroyed() && !window.isVisible()) window.show();
  });
  // Navigation, pop-ups and webviews are refused for every web contents (guards.ts, app-wide).
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
