import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { JournalError } from '../common/errors';
import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import { MAX_PICTURE_BYTES, PICTURE_FILE_EXTENSIONS } from '../common/picture-file';
import { prepareCover, type PreparedCover, unreadableCover } from './cover-image';
import type { Cover } from '../common/types/covers';
import { cancelledBy } from '../interactive/tasks';

/**
 * Makes a picture the drama's cover: reads and resizes it first (a picture that
 * cannot be read is refused before anything is written), then keeps the
 * original and its two sizes in the media folder and names them in one
 * transaction. The cover it replaces stays on disk for the unused-picture sweep.
 */
export async function setCover(journal: Journal, dramaId: number, bytes: Buffer, name: string): Promise<Cover> {
  journal.dramas.get(dramaId); // not-found before any work
  const files = storeCoverFiles(journal, await prepareCover(bytes, name));
  return journal.transaction(() => journal.covers.put(dramaId, files));
}

/**
 * Keeps a prepared cover's original and its two sizes in the media folder (each
 * flushed to the disk) and answers the cover that names them; nothing names
 * them until the caller saves that, so files written for a cover that is then
 * not saved are only left for the unused-picture sweep.
 */
export function storeCoverFiles(journal: Journal, prepared: PreparedCover): Omit<Cover, 'addedAt'> {
  return {
    file: journal.pictures.importBytes(prepared.original, prepared.type),
    width: prepared.width,
    height: prepared.height,
    webFile: journal.pictures.importBytes(prepared.web, 'webp'),
    thumbFile: journal.pictures.importBytes(prepared.thumb, 'webp'),
  };
}

/** The cover from a file on disk (the CLI's FILE, a file the user chose). */
export async function setCoverFromFile(journal: Journal, dramaId: number, path: string): Promise<Cover> {
  journal.dramas.get(dramaId);
  return setCover(journal, dramaId, readCoverFile(path), basename(path));
}

/** Asks the user for a picture (through the Host) and makes it the cover; rejects with `cancelled` when they dismissed the dialog. */
export async function chooseCover(journal: Journal, host: Host, dramaId: number): Promise<Cover> {
  journal.dramas.get(dramaId); // not-found before asking the user anything
  const [source] = await host.chooseFiles({
    title: 'Choose a cover for the drama',
    filters: [{ name: 'Pictures', extensions: PICTURE_FILE_EXTENSIONS }],
  });
  if (!source) throw cancelledBy('no picture was chosen; the cover was left as it was');
  return setCoverFromFile(journal, dramaId, source);
}

export function removeCover(journal: Journal, dramaId: number): null {
  journal.transaction(() => journal.covers.remove(dramaId));
  return null;
}

function readCoverFile(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw unreadableCover(`${path} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof JournalError) throw error;
    throw unreadableCover(`the picture ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size > MAX_PICTURE_BYTES) {
    throw unreadableCover(`${basename(path)} is ${(size / 1024 / 1024).toFixed(1)} MB; a cover can be at most ${MAX_PICTURE_BYTES / 1024 / 1024} MB`);
  }
  return readFileSync(path);
}
