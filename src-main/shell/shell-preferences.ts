import { readFileSync } from 'node:fs';
import { writeJsonAtomically } from './window-state';

/**
 * The shell's own choices, kept beside the window state in userData (not in the
 * journal: they are about this machine's Electron, not about the dramas).
 */
export interface ShellPreferences {
  /** Linux and Windows: let Electron download Hunspell dictionaries from Google to check spelling. */
  downloadSpellingDictionaries: boolean;
}

export const DEFAULT_SHELL_PREFERENCES: ShellPreferences = { downloadSpellingDictionaries: false };

/** Reads the preferences; a missing, unreadable or malformed file (or field) counts as the defaults. */
export function loadShellPreferences(file: string): ShellPreferences {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_SHELL_PREFERENCES };
  }
  const download = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).downloadSpellingDictionaries : undefined;
  return { downloadSpellingDictionaries: download === true };
}

export function saveShellPreferences(file: string, preferences: ShellPreferences): void {
  writeJsonAtomically(file, preferences);
}
