import type { AppCommand } from './commands';

/** The app's keyboard shortcuts: Ctrl on Windows and Linux, Cmd on macOS, no other modifier. */
export const SHORTCUTS: Readonly<Record<string, AppCommand>> = {
  n: 'new-drama',
  s: 'save-now',
  f: 'find',
  e: 'export-review',
  u: 'update-site',
};

/** The same, with Shift held. */
export const SHIFTED_SHORTCUTS: Readonly<Record<string, AppCommand>> = {
  e: 'export-site',
  u: 'publish',
};

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The command a key press asks for, or null. Keys pressed while composing (IME) never count. */
export function commandOfKey(event: KeyboardEvent): AppCommand | null {
  if (event.isComposing || event.keyCode === 229 || event.altKey) return null;
  const mod = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod) return null;
  const key = event.key.toLowerCase();
  // Shift+E exports the whole site, Shift+U publishes it; other shifted combinations are left to the system.
  if (event.shiftKey) return SHIFTED_SHORTCUTS[key] ?? null;
  return SHORTCUTS[key] ?? null;
}

/** How a shortcut is written for the user on this platform, e.g. "Ctrl+S" or "⌘S". */
export function shortcutLabel(key: string, shift = false): string {
  return isMac() ? `${shift ? '⇧' : ''}⌘${key.toUpperCase()}` : `Ctrl+${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
}
