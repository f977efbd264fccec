import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { invalidInput, JournalError } from '../common/errors';

/** A text file the user chose, as the renderer gets it: its name (never its path) and its text. */
export interface ChosenText {
  name: string;
  text: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file the user chose through the Host as UTF-8 text, leaving out a
 * byte-order mark. A file too large for its channel, or not text, is refused
 * with its name; `maxChars` is the channel's own limit, so a file that reads
 * here can also be sent back for the preview.
 */
export function readChosenText(path: string, maxChars: number): ChosenText {
  const name = basename(path);
  let bytes: Buffer;
  try {
    // A UTF-8 character is at most four bytes: a larger file cannot fit.
    if (statSync(path).size > maxChars * 4) throw invalidInput(`${name} is too large: at most ${maxChars.toLocaleString('en')} characters`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof JournalError) throw error;
    throw invalidInput(`${name} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw invalidInput(`${name} is not a UTF-8 text file`);
  }
  if (text.includes('\u0000')) throw invalidInput(`${name} is not a text file`);
  if (text.length > maxChars) throw invalidInput(`${name} is too large: at most ${maxChars.toLocaleString('en')} characters`);
  return { name, text };
}
