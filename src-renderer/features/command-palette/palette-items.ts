/**
 * What the command palette offers in a browser: every item of the desktop app
 * menu (read from the menu's own template, so the two never differ), with its
 * shortcut. Menu items that need the desktop are done the browser's way: Back Up
 * Journal downloads a copy, Show Journal File says where the journal is.
 */
import { appMenuTemplate, type MenuItemConstructorOptions } from '@common/menu-template';
import { api } from '../../api/client';
import { download } from '../../api/browser-dialogs';
import { runCommand } from '../../app/commands';
import { isMac } from '../../app/shortcuts';
import { announce } from '../../shared/ui/announcer-store';

export interface PaletteItem {
  id: string;
  label: string;
  /** The menu's group: File, View, Help. */
  group: string;
  /** Electron's accelerator text, e.g. CmdOrCtrl+Shift+E. */
  accelerator: string | null;
  run(): void;
}

async function sayWhereTheJournalIs(): Promise<void> {
  const { path } = await api('journal.info', undefined);
  announce(`The journal is ${path} on the computer that runs Dramalog.`);
}

export function paletteItems(): PaletteItem[] {
  const template = appMenuTemplate({
    appName: 'Dramalog',
    isMac: isMac(),
    sendCommand: (command) => void runCommand(command),
    backUpJournal: () => download('/backup'),
    showJournalFile: () => void sayWhereTheJournalIs(),
  });
  const items = new Map<string, PaletteItem>();
  const walk = (entries: MenuItemConstructorOptions[], group: string) => {
    for (const entry of entries) {
      if (Array.isArray(entry.submenu)) walk(entry.submenu, entry.label ?? group);
      else if (entry.id && entry.label && entry.click && !items.has(entry.label)) {
        const click = entry.click;
        items.set(entry.label, {
          id: entry.id,
          label: entry.label.replace(/…$/, '…'),
          group,
          accelerator: typeof entry.accelerator === 'string' ? entry.accelerator : null,
          run: () => click({ checked: false }),
        });
      }
    }
  };
  walk(template, '');
  return [...items.values()];
}

/** Whether a key press is this accelerator (CmdOrCtrl+Shift+E, CmdOrCtrl+,). Keys pressed while composing never count. */
export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  if (event.isComposing || event.altKey) return false;
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const mod = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && parts.includes('CmdOrCtrl') && event.shiftKey === parts.includes('Shift') && event.key.toLowerCase() === key;
}

/** An accelerator as the user reads it on this system: Ctrl+Shift+E, ⇧⌘E. */
export function acceleratorLabel(accelerator: string): string {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toUpperCase();
  const shift = parts.includes('Shift');
  return isMac() ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}
