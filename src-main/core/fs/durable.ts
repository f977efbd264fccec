import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes that survive a power cut once they are reported done. A file renamed into
 * place is flushed first (or the rename may land before its bytes), and the folder
 * after (or the rename itself may be lost).
 */

/** Flushes a written file's bytes to the disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (a new or renamed file in it). Windows cannot open a
 * folder as a file and makes renames durable by itself, so there it does nothing.
 */
export function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  syncFile(dir);
}

/** Renames a finished file into place durably: its bytes, then the rename. */
export function renameDurably(from: string, to: string): void {
  syncFile(from);
  renameSync(from, to);
  syncFolder(dirname(to));
}
