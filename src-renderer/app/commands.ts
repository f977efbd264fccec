/**
 * The app's commands (the menu's vocabulary: new-drama, save-now, find, export-review, …)
 * and who answers them. The menu, keyboard shortcuts and buttons all run a command
 * here; the screen on view answers it if it registered a handler (the editor answers
 * save-now, the library answers find), otherwise the app's default does.
 *
 *   useCommand('save-now', () => saveNow());   // in a screen, while it is shown
 *   runCommand('find');                         // from a shortcut or a button
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@core/ipc/contract';

export type AppCommand = MenuCommand;

/** Answers a command; returning false passes it on to the next handler (or the default). */
export type CommandHandler = () => boolean | void;

// Newest first: the screen mounted last (a dialog over a screen) answers before the one under it.
const handlers = new Map<AppCommand, CommandHandler[]>();
const defaults = new Map<AppCommand, CommandHandler>();

export function registerCommand(command: AppCommand, handler: CommandHandler): () => void {
  const list = handlers.get(command) ?? [];
  handlers.set(command, [handler, ...list]);
  return () => {
    const current = handlers.get(command) ?? [];
    handlers.set(
      command,
      current.filter((h) => h !== handler),
    );
  };
}

/** What a command does when no screen answers it. */
export function setDefaultCommand(command: AppCommand, handler: CommandHandler): () => void {
  defaults.set(command, handler);
  return () => {
    if (defaults.get(command) === handler) defaults.delete(command);
  };
}

/** Runs a command; answers whether anything handled it. */
export function runCommand(command: AppCommand): boolean {
  for (const handler of handlers.get(command) ?? []) {
    if (handler() !== false) return true;
  }
  const fallback = defaults.get(command);
  return fallback ? fallback() !== false : false;
}

/** Answers `command` while the calling component is mounted (and `enabled`). The handler may change between renders. */
export function useCommand(command: AppCommand, handler: CommandHandler, enabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    return registerCommand(command, () => latest.current());
  }, [command, enabled]);
}
