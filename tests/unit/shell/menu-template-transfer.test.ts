import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../src-main/core/ipc/contract';
import { appMenuTemplate, type MenuActions } from '../../../src-main/core/common/menu-template';

function actions(isMac: boolean): MenuActions {
  return { appName: 'Dramalog', isMac, sendCommand: vi.fn(), backUpJournal: vi.fn(), showJournalFile: vi.fn() };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const labelsOf = (menu: MenuItemConstructorOptions | undefined) =>
  (menu?.submenu as MenuItemConstructorOptions[]).filter((item) => item.label).map((item) => item.label);

describe.each([
  ['Windows and Linux', false],
  ['macOS', true],
])('import, export, search and statistics in the app menu on %s', (_platform, isMac) => {
  test('File holds the imports and exports, each sending its command to the renderer', () => {
    const a = actions(isMac);
    const menu = appMenuTemplate(a);
    const file = menu.find((item) => item.role === 'fileMenu');
    expect(labelsOf(file)).toEqual(
      expect.arrayContaining(['Import Review…', 'Import from Tracker…', 'Export This Review…', 'Export Site…', 'Export Journal…', 'Load Journal Dump…']),
    );
    const expected: Record<string, string> = {
      'import-review': 'import-review',
      'import-tracker': 'import-tracker',
      'export-review': 'export-review',
      'export-site': 'export-site',
      'export-journal': 'export-journal',
      'load-journal': 'load-journal',
      search: 'open-search',
      actors: 'open-actors',
      stats: 'open-stats',
      diary: 'open-diary',
      data: 'open-data',
      find: 'find',
    };
    for (const [id, command] of Object.entries(expected)) {
      const item = items(menu).find((entry) => entry.id === id);
      expect(item, id).toBeDefined();
      (item!.click as () => void)();
      expect(a.sendCommand).toHaveBeenLastCalledWith(command);
      expect(MENU_COMMANDS).toContain(command);
    }
  });

  test('the shortcuts match the renderer: Ctrl/Cmd+E this review, +Shift+E the site, +F find', () => {
    const menu = appMenuTemplate(actions(isMac));
    const accelerator = (id: string) => items(menu).find((item) => item.id === id)?.accelerator;
    expect(accelerator('export-review')).toBe('CmdOrCtrl+E');
    expect(accelerator('export-site')).toBe('CmdOrCtrl+Shift+E');
    expect(accelerator('find')).toBe('CmdOrCtrl+F');
    const all = items(menu).map((item) => item.accelerator).filter(Boolean);
    expect(new Set(all).size, 'no accelerator is used twice').toBe(all.length);
  });
});
