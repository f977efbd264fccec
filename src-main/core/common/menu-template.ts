/**
 * The application menu as plain data: the desktop shell builds Electron's menu from it
 * (shell/menu.ts), and the browser's command palette lists the same items, so the two never differ.
 * It runs anywhere, so it names its own item shape, a subset of Electron's MenuItemConstructorOptions.
 */
import type { MenuCommand } from './menu-commands';

/** The platform roles the menu uses (Electron's names). */
export type MenuRole =
  | 'appMenu'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'fileMenu'
  | 'close'
  | 'editMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'delete'
  | 'selectAll'
  | 'viewMenu'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'help';

/** One menu item, as Electron's MenuItemConstructorOptions spells it. */
export interface MenuItemConstructorOptions {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  checked?: boolean;
  submenu?: MenuItemConstructorOptions[];
  click?: (item: { checked: boolean }) => void;
}

export interface MenuActions {
  appName: string;
  isMac: boolean;
  /** Tells the renderer to do something (open the new-drama form, the settings screen, ...). */
  sendCommand(command: MenuCommand): void;
  backUpJournal(): void;
  showJournalFile(): void;
  /** Linux and Windows only: the choice to let Electron download spelling dictionaries from Google. */
  spellingDownload?: { allowed: boolean; setAllowed(allowed: boolean): void };
}

/** The application menu: the platform's standard roles plus Dramalog's own commands. */
export function appMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: actions.isMac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.sendCommand('open-settings'),
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];
  if (actions.isMac) {
    template.push({
      role: 'appMenu',
      label: actions.appName,
      submenu: [
        { role: 'about' },
        separator,
        settings,
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      role: 'fileMenu',
      label: 'File',
      submenu: [
        { id: 'new-drama', label: 'New Drama', accelerator: 'CmdOrCtrl+N', click: () => actions.sendCommand('new-drama') },
        // The editor saves by itself as you type; this saves at once.
        { id: 'save-now', label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.sendCommand('save-now') },
        separator,
        { id: 'import-review', label: 'Import Review…', click: () => actions.sendCommand('import-review') },
        { id: 'import-tracker', label: 'Import from Tracker…', click: () => actions.sendCommand('import-tracker') },
        separator,
        // Publishing is one action: the site, again, into the folder it went to last time.
        { id: 'update-site', label: 'Update Site', accelerator: 'CmdOrCtrl+U', click: () => actions.sendCommand('update-site') },
        // And from there to the web: the site sent to every publish target set up in Settings.
        { id: 'publish', label: 'Publish', accelerator: 'CmdOrCtrl+Shift+U', click: () => actions.sendCommand('publish') },
        { id: 'export-review', label: 'Export This Review…', accelerator: 'CmdOrCtrl+E', click: () => actions.sendCommand('export-review') },
        { id: 'export-site', label: 'Export Site…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.sendCommand('export-site') },
        { id: 'export-journal', label: 'Export Journal…', click: () => actions.sendCommand('export-journal') },
        { id: 'load-journal', label: 'Load Journal Dump…', click: () => actions.sendCommand('load-journal') },
        separator,
        { id: 'backup', label: 'Back Up Journal…', click: () => actions.backUpJournal() },
        { id: 'show-journal', label: actions.isMac ? 'Show Journal in Finder' : 'Show Journal File', click: () => actions.showJournalFile() },
        ...(actions.isMac ? [separator, { role: 'close' } as const] : [separator, settings, separator, { role: 'quit' } as const]),
      ],
    },
    editMenu(actions),
    {
      role: 'viewMenu',
      label: 'View',
      submenu: [
        { id: 'library', label: 'Library', accelerator: 'CmdOrCtrl+1', click: () => actions.sendCommand('open-library') },
        { id: 'search', label: 'Search', accelerator: 'CmdOrCtrl+2', click: () => actions.sendCommand('open-search') },
        { id: 'actors', label: 'Actors', accelerator: 'CmdOrCtrl+3', click: () => actions.sendCommand('open-actors') },
        { id: 'stats', label: 'Statistics', accelerator: 'CmdOrCtrl+4', click: () => actions.sendCommand('open-stats') },
        { id: 'diary', label: 'Diary', accelerator: 'CmdOrCtrl+5', click: () => actions.sendCommand('open-diary') },
        { id: 'data', label: 'Import and Export', click: () => actions.sendCommand('open-data') },
        // Ctrl/Cmd+F: the screen's own filter where it has one (the library), search everywhere else.
        { id: 'find', label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.sendCommand('find') },
        separator,
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      // Dramalog has no web site to send people to: help stays offline, like the journal.
      submenu: [
        { id: 'help-journal', label: 'Where Is My Journal?', click: () => actions.showJournalFile() },
        { role: 'about', label: `About ${actions.appName}` },
      ],
    },
  );
  return template;
}

/** The platform's standard Edit menu, plus the spelling-dictionary choice where there is one to make. */
function editMenu(actions: MenuActions): MenuItemConstructorOptions {
  const download = actions.spellingDownload;
  if (!download) return { role: 'editMenu' };
  return {
    role: 'editMenu',
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
      { type: 'separator' },
      {
        id: 'download-spelling-dictionaries',
        // Off by default: checking spelling here needs dictionaries from Google's servers.
        label: 'Check Spelling (Downloads Dictionaries from Google)',
        type: 'checkbox',
        checked: download.allowed,
        click: (item) => download.setAllowed(item.checked),
      },
    ],
  };
}
