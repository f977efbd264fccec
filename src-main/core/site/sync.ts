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

/** What syncing a folder answers where the platform cannot (Windows), or needs not. */
const DIR_SYNC_UNSUPPORTED = ['EISDIR', 'EPERM', 'EINVAL', 'EBADF'];

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
      if (!DIR_SYNC_UNSUPPORTED.includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      closeSync(fd);
    }
  }
}

/** Puts the files and the folders holding them on the disk, several at once (libuv's pool waits on the disk, not on this thread). */
export async function syncFiles(files: readonly string[], dirs: readonly string[]): Promise<void> {
  // syncfs puts every file and folder of the file system on the disk, these among them.
  if (files.length > EACH_FILE && process.platform === 'linux' && (await syncFileSystem(files[0]))) return;
  const queue: [path: string, dir: boolean][] = [...files.map((file) => [file, false] as [string, boolean]), ...[...new Set(dirs)].map((dir) => [dir, true] as [string, boolean])];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const [path, dir] = queue[next++];
      await (dir ? syncDir(path) : syncFile(path));
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, worker));
}

async function syncFile(path: string): Promise<void> {
  // Windows flushes only a file opened for writing.
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

async function syncFileSystem(anyFile: string): Promise<boolean> {
  try {
    await promisify(execFile)('sync', ['--file-system', anyFile]);
    return true;
  } catch {
    return false;
  }
}
