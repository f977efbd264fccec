/**
 * Putting an export on the disk before it is swapped into place (fsync), so a
 * power cut after the swap never leaves a page empty or half written.
 *
 * Syncing costs about a millisecond a file on an ordinary disk: fine for the
 * few files of a re-export, not for the 10,000 of a first export. Above
 * EACH_FILE files, Linux syncs the whole file system holding them in one call
 * (`sync --file-system`, coreutils' syncfs); elsewhere, or should that fail,
 * every file is synced, several at once.
 */
import { execFile } from 'node:child_process';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';

const EACH_FILE = 64;
/** Files synced at once (each waits on the disk, not on the CPU). */
const AT_ONCE = 16;

/** Syncs one file now. */
export function syncFileNow(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs folders (their entries: new names, renames). Windows cannot open a folder to sync it, and needs not. */
export function syncDirs(dirs: readonly string[]): void {
  for (const dir of new Set(dirs)) {
    let fd: number;
    try {
      fd = openSync(dir, 'r');
    } catch {
      continue;
    }
    try {
      fsyncSync(fd);
    } catch (error) {
      if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      closeSync(fd);
    }
  }
}

/** Puts the files and the folders holding them on the disk. */
export async function syncFiles(files: readonly string[], dirs: readonly string[]): Promise<void> {
  if (files.length > EACH_FILE && process.platform === 'linux' && (await syncFileSystem(files[0]))) {
    syncDirs(dirs);
    return;
  }
  for (let next = 0; next < files.length; next += AT_ONCE) {
    await Promise.all(
      files.slice(next, next + AT_ONCE).map(async (file) => {
        const handle = await open(file, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    );
  }
  syncDirs(dirs);
}

async function syncFileSystem(anyFile: string): Promise<boolean> {
  try {
    await promisify(execFile)('sync', ['--file-system', anyFile]);
    return true;
  } catch {
    return false;
  }
}
