import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { JournalError } from '../../common/errors';
import type { PublishAddress } from '../../common/model';
import { renameDurably } from '../../fs/durable';
import { partPathOf, type Connect, type PublishConnection } from '../connection';

type FolderAddress = Extract<PublishAddress, { kind: 'folder' }>;

/**
 * A folder on this computer (`file:///path`): another disk, a synced folder, a web server's
 * document root. Each file is copied beside its old version, flushed and renamed over it,
 * so the folder holds whole pages at every instant, and survives a power cut once confirmed.
 */
export const connectFolder: Connect<FolderAddress> = async ({ address, signal }) => {
  if (!isAbsolute(address.path)) throw new JournalError('invalid-input', `${address.path} is not a full path to a folder; write file:///path/to/folder`, { field: 'url' });
  const base = address.path;
  await guard(base, () => mkdir(base, { recursive: true }));
  const made = new Set<string>();
  const at = (path: string) => join(base, ...path.split('/'));
  const connection: PublishConnection = {
    liveEachFile: true,
    parallel: 4,
    async list(folder) {
      try {
        return new Set(await readdir(folder ? at(folder) : base));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
        throw problem(error, folder || base);
      }
    },
    async put(path, source) {
      if (signal.aborted) throw new JournalError('cancelled', 'the publish was cancelled');
      const file = at(path);
      const folder = dirname(file);
      if (!made.has(folder)) {
        await guard(folder, () => mkdir(folder, { recursive: true }));
        made.add(folder);
      }
      const part = at(partPathOf(path));
      await guard(file, () => copyFile(source, part));
      await guard(file, async () => renameDurably(part, file));
    },
    async remove(path) {
      await guard(at(path), () => rm(at(path), { force: true }));
    },
    async discardPart(path) {
      await guard(at(path), () => rm(at(partPathOf(path)), { force: true }));
    },
    async finish() {},
    async close() {},
  };
  return { connection, hostKey: null };
};

async function guard<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw problem(error, path);
  }
}

function problem(error: unknown, path: string): JournalError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new JournalError('forbidden', `Dramalog may not write to ${path} (permission denied).`);
  if (code === 'ENOSPC') return new JournalError('forbidden', `The disk holding ${path} is full.`);
  if (code === 'ENOTDIR' || code === 'EISDIR') return new JournalError('conflict', `${path} is in the way: a file where a folder should be, or a folder where a file should be.`);
  return new JournalError('internal', `Dramalog could not write ${path} (${(error as Error).message}).`);
}
