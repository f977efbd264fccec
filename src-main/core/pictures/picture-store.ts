import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { invalidInput, JournalError, notFound } from '../common/errors';
import { MAX_PICTURE_BYTES, mediaTypeOfFileName, PICTURE_FILE_NAME, pictureTypeOf, type PictureExtension } from '../common/picture-file';
import { renameDurably } from '../fs/durable';

/**
 * The journal's own media folder, beside its database and named after it:
 * `journal.sqlite` keeps its pictures in `journal.media/`. Two journals in one
 * folder keep theirs apart.
 */
export function mediaDirFor(journalPath: string): string {
  const name = basename(journalPath, extname(journalPath)) || basename(journalPath);
  return join(dirname(journalPath), `${name}.media`);
}

/**
 * Pictures copied into the journal. A copy is named by the SHA-256 of its bytes,
 * so the file the user chose may move or vanish, the same picture added twice is
 * kept once, and a name always means the same bytes. Copies are written whole
 * (to a temporary name, flushed to the disk, then renamed) and never changed. A copy is deleted only
 * once no review and no revision names it any more, a day after it was written
 * (`removeUnused`): an editor adding a picture saves it a moment later.
 */
export class PictureStore {
  constructor(readonly dir: string) {}

  /** Copies the picture at `source` into the media folder and returns its name there. */
  importFile(source: string): string {
    let size: number;
    try {
      const stat = statSync(source);
      if (!stat.isFile()) throw invalidInput(`${source} is not a file`);
      size = stat.size;
    } catch (error) {
      if (error instanceof JournalError) throw error;
      throw invalidInput(`the picture ${source} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (size > MAX_PICTURE_BYTES) {
      throw invalidInput(`the picture ${basename(source)} is ${(size / 1024 / 1024).toFixed(1)} MB; pictures can be at most ${MAX_PICTURE_BYTES / 1024 / 1024} MB`);
    }
    const bytes = readFileSync(source);
    const type = pictureTypeOf(bytes);
    if (!type) throw invalidInput(`${basename(source)} is not a picture Dramalog can use: choose a PNG, JPEG, GIF, WebP or AVIF file`);
    return this.importBytes(bytes, type);
  }

  /** Keeps `bytes`, already known to be a picture of `type`, in the media folder and returns its name there. */
  importBytes(bytes: Uint8Array, type: PictureExtension): string {
    const file = `${createHash('sha256').update(bytes).digest('hex')}.${type}`;
    const target = join(this.dir, file);
    if (existsSync(target) && statSync(target).size === bytes.length) return file;
    mkdirSync(this.dir, { recursive: true });
    const partial = join(this.dir, `.${file}.partial-${process.pid}`);
    try {
      writeFileSync(partial, bytes);
      // Flushed before the review naming it is saved: a power cut must not keep the name and lose the bytes.
      renameDurably(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw new JournalError('internal', `could not copy the picture into ${this.dir}: ${(error as Error).message}`);
    }
    return file;
  }

  /** Where a kept picture is on disk. */
  pathOf(file: string): string {
    if (!PICTURE_FILE_NAME.test(file)) throw invalidInput(`${file} is not the name of a picture in the journal`);
    return join(this.dir, file);
  }

  /**
   * Deletes the copies no one names any more (`inUse` holds every name a review
   * or revision holds) and the pieces of copies that were never finished, when
   * they were last written before `writtenBefore` (ms since the epoch).
   * Returns how many files went. Anything else in the folder is left alone.
   */
  removeUnused(inUse: ReadonlySet<string>, writtenBefore: number): number {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const unfinished = name.startsWith('.') && /\.partial-\d+$/.test(name) && PICTURE_FILE_NAME.test(name.slice(1).replace(/\.partial-\d+$/, ''));
      if (!unfinished && (!PICTURE_FILE_NAME.test(name) || inUse.has(name))) continue;
      const path = join(this.dir, name);
      try {
        const stat = statSync(path);
        if (!stat.isFile() || stat.mtimeMs >= writtenBefore) continue;
        rmSync(path);
        removed += 1;
      } catch {
        // Gone already, or not ours to delete: the next run tries again.
      }
    }
    return removed;
  }

  /** A kept picture as a data: URL, for the preview. */
  dataUrl(file: string): string {
    const path = this.pathOf(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw notFound(`the picture ${file} is missing from ${this.dir}`);
    }
    return `data:${mediaTypeOfFileName(file)};base64,${bytes.toString('base64')}`;
  }
}
