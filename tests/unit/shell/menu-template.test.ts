import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { appMenuTemplate, type MenuActions } from '../../../src-main/core/common/menu-template';

function actions(isMac: boolean): MenuActions {
  return { appName: 'Dramalog', isMac, sendCommand: vi.fn(), backUpJournal: vi.fn(), showJournalFile: vi.fn() };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byId(menu: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(menu).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe.each([
  ['Windows and Linux', false],
  ['macOS', true],
])('the app menu on %s', (_platform, isMac) => {
  test('File > New Drama (Ctrl/Cmd+N) asks the renderer for the new-drama form', () => {
    const a = actions(isMac);
    const menu = appMenuTemplate(a);
    const file = menu.find((item) => item.role === 'fileMenu')!;
    const newDrama = byId(menu, 'new-drama');
    expect((file.submenu as MenuItemConstructorOptions[])[0]).toBe(newDrama);
    expect(newDrama).toMatchObject({ label: 'New Drama', accelerator: 'CmdOrCtrl+N' });
    click(newDrama);
    expect(a.sendCommand).toHaveBeenCalledWith('new-drama');
  });

  test('File > Back Up Journal… starts the backup; Settings and Library are renderer commands', () => {
    const a = actions(isMac);
    const menu = appMenuTemplate(a);
    expect(byId(menu, 'backup').label).toBe('Back Up Journal…');
    click(byId(menu, 'backup'));
    expect(a.backUpJournal).toHaveBeenCalledOnce();
    click(byId(menu, 'settings'));
    expect(a.sendCommand).toHaveBeenCalledWith('open-settings');
    click(byId(menu, 'library'));
    expect(a.sendCommand).toHaveBeenCalledWith('open-library');
  });

  test('Help shows where the journal is, offline', () => {
    const a = actions(isMac);
    click(byId(appMenuTemplate(a), 'help-journal'));
    expect(a.showJournalFile).toHaveBeenCalledOnce();
  });

  test("keeps the platform's standard menus", () => {
    const roles = appMenuTemplate(actions(isMac)).map((item) => item.role);
    expect(roles).toEqual([...(isMac ? ['appMenu'] : []), 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    const allRoles = items(appMenuTemplate(actions(isMac))).map((item) => item.role);
    expect(allRoles).toContain(isMac ? 'close' : 'quit');
    expect(allRoles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'togglefullscreen', 'resetZoom']));
  });
});

test('macOS keeps Settings… (Cmd+,) in the app menu; elsewhere it is in File', () => {
  const mac = appMenuTemplate(actions(true));
  expect((mac[0]!.submenu as MenuItemConstructorOptions[]).some((item) => item.id === 'settings')).toBe(true);
  expect(byId(mac, 'settings')).toMatchObject({ label: 'Settings…', accelerator: 'CmdOrCtrl+,' });
  const other = appMenuTemplate(actions(false));
  const file = other.find((item) => item.role === 'fileMenu')!;
  expect((file.submenu as MenuItemConstructorOptions[]).some((item) => item.id === 'settings')).toBe(true);
});

test('File > Save (Ctrl/Cmd+S) asks the renderer to save what the editor holds now', () => {
  for (const isMac of [false, true]) {
    const a = actions(isMac);
    const save = byId(appMenuTemplate(a), 'save-now');
    expect(save).toMatchObject({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
    click(save);
    expect(a.sendCommand).toHaveBeenCalledWith('save-now');
  }
});

describe('Edit > Check Spelling, where checking spelling means downloading dictionaries (Linux, Windows)', () => {
  test('shows the saved choice and reports a change; the standard edit commands stay', () => {
    const setAllowed = vi.fn();
    const menu = appMenuTemplate({ ...actions(false), spellingDownload: { allowed: false, setAllowed } });
    const item = byId(menu, 'download-spelling-dictionaries');
    expect(item).toMatchObject({ type: 'checkbox', checked: false, label: expect.stringContaining('Google') });
    (item.click as (menuItem: { checked: boolean }) => void)({ checked: true });
    expect(setAllowed).toHaveBeenCalledWith(true);
    const edit = menu.find((entry) => entry.role === 'editMenu')!;
    const roles = (edit.submenu as MenuItemConstructorOptions[]).map((entry) => entry.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  test('is not there where there is no download to allow (macOS)', () => {
    expect(() => byId(appMenuTemplate(actions(true)), 'download-spelling-dictionaries')).toThrow();
  });
});
