// Types only: the policy is plain data and the session a narrow shape, so this is testable without Electron.
import type { Session } from 'electron';

/**
 * Where Chromium would fetch Hunspell dictionaries when downloads are not allowed:
 * port 0 of the local machine, which no connection can reach, so nothing leaves it.
 */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:0/';

export interface SpellingPolicy {
  /** Check spelling as the user types. */
  checkSpelling: boolean;
  /** Point the dictionary downloader nowhere. */
  blockDownloads: boolean;
  /** Whether the user has a download to allow (the menu shows the choice). */
  downloadIsAChoice: boolean;
}

/**
 * macOS checks spelling with the system's own dictionaries. On Linux and Windows
 * Electron would download Hunspell dictionaries from Google's servers, so there
 * spelling is checked only once the user has allowed that download.
 */
export function spellingPolicy(platform: NodeJS.Platform, allowDownload: boolean): SpellingPolicy {
  if (platform === 'darwin') return { checkSpelling: true, blockDownloads: false, downloadIsAChoice: false };
  return { checkSpelling: allowDownload, blockDownloads: !allowDownload, downloadIsAChoice: true };
}

export function applySpellingPolicy(
  session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>,
  policy: SpellingPolicy,
): void {
  // Both: a disabled spellchecker has been known to download its dictionaries anyway (electron/electron#22995).
  if (policy.blockDownloads) session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  session.setSpellCheckerEnabled(policy.checkSpelling);
}
