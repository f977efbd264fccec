import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { appMenuTemplate, type MenuActions } from '../../../src-main/core/common/menu-template';

function actions(isMac: boolean): MenuActions {
  return { appName: 'Dramalog', isMac, sendCommand: vi.fn(), backUpJournal: vi.fn(), showJournalFile: vi.fn() };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe.each([
  ['Windows and Linux', false],
  ['macOS', true],
])('Update Site and Publish in the app menu on %s', (_platform, isMac) => {
  test('File > Update Site (Ctrl/Cmd+U) comes first among the exports and sends update-site', () => {
    const a = actions(isMac);
    const menu = appMenuTemplate(a);
    const file = menu.find((item) => item.role === 'fileMenu')!.submenu as MenuItemConstructorOptions[];
    const ids = file.map((item) => item.id);
    expect(ids.indexOf('update-site')).toBeLessThan(ids.indexOf('export-review'));
    expect(ids.indexOf('update-site')).toBeLessThan(ids.indexOf('export-site'));
    const update = file.find((item) => item.id === 'update-site')!;
    expect(update).toMatchObject({ label: 'Update Site', accelerator: 'CmdOrCtrl+U' });
    (update.click as () => void)();
    expect(a.sendCommand).toHaveBeenLastCalledWith('update-site');
  });

  test('File > Publish (Ctrl/Cmd+Shift+U) comes right after Update Site and sends publish', () => {
    const a = actions(isMac);
    const file = appMenuTemplate(a).find((item) => item.role === 'fileMenu')!.submenu as MenuItemConstructorOptions[];
    const ids = file.map((item) => item.id);
    expect(ids.indexOf('publish')).toBe(ids.indexOf('update-site') + 1);
    const publish = file.find((item) => item.id === 'publish')!;
    expect(publish).toMatchObject({ label: 'Publish', accelerator: 'CmdOrCtrl+Shift+U' });
    (publish.click as () => void)();
    expect(a.sendCommand).toHaveBeenLastCalledWith('publish');
  });

  test('their shortcuts are no other item\'s', () => {
    const all = items(appMenuTemplate(actions(isMac))).map((item) => item.accelerator).filter(Boolean);
    expect(all.filter((accelerator) => accelerator === 'CmdOrCtrl+U')).toHaveLength(1);
    expect(all.filter((accelerator) => accelerator === 'CmdOrCtrl+Shift+U')).toHaveLength(1);
  });
});
