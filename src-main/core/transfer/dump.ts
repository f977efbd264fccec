import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { toPublicDrama } from '../dramas/public-json';
import { invalidInput, JournalError, notFound } from '../common/errors';
import { renameDurably, syncFile, syncFolder } from '../fs/durable';
import type { Journal } from '../journal';
import { DEFAULT_SETTINGS, type Settings, type StoredPicture } from '../common/model';
import { mediaTypeOfFileName } from '../common/picture-file';
import {
  DUMP_FORMAT,
  DUMP_VERSION,
  picturesFolderFor,
  type DumpCover,
  type DumpDrama,
  type DumpList,
  type DumpPicture,
  type DumpRevision,
  type JournalDump,
} from './dump-format';

export interface DumpOptions {
  /** Stamp the dump with this time (ISO 8601). Left out by default so dumps are deterministic. */
  exportedAt?: string;
  /** The folder beside the JSON that holds the pictures (default `journal-pictures`). */
  picturesFolder?: string;
}

/**
 * The journal as a JournalDump object, dramas in id order, every key in a fixed
 * order, and the journal's picture files it refers to (names in the media folder).
 */
export function buildDump(journal: Journal, options: DumpOptions = {}): { dump: JournalDump; pictures: string[] } {
  const folder = options.picturesFolder ?? picturesFolderFor('journal.json');
  const pictures = new Set<string>();
  const place = (list: readonly StoredPicture[]): DumpPicture[] =>
    list.map((p) => {
      pictures.add(p.file);
      return { file: `${folder}/${p.file}`, alt: p.alt, section: p.section, afterParagraph: p.afterParagraph };
    });
  const stored = journal.settings.get();
  const settings = Object.fromEntries(
    Object.keys(DEFAULT_SETTINGS).map((key) => [key, stored[key as keyof Settings]]),
  ) as unknown as Settings;
  const dramas = journal.dramas.all().map((drama): DumpDrama => {
    const { review, ...publicDrama } = toPublicDrama(drama, journal.diary.history(drama.id));
    return {
      ...publicDrama,
      review: review && drama.review && {
        ...review,
        pictures: place(drama.review.pictures),
        createdAt: drama.review.createdAt,
        updatedAt: drama.review.updatedAt,
      },
      episodeMinutes: drama.episodeMinutes,
      cast: journal.cast.list(drama.id).map((m) => ({ actor: m.actor, character: m.character, role: m.role })),
      revisions: journal.revisions.history(drama.id).map((revision): DumpRevision => {
        const { content } = revision;
        return {
          id: revision.id,
          startedAt: revision.startedAt,
          savedAt: revision.savedAt,
          restoredFrom: revision.restoredFrom,
          content: {
            grade: content.grade,
            reviewer: { name: content.reviewer.name, location: content.reviewer.location },
            intro: content.intro,
            story: content.story,
            closing: content.closing,
            pictures: place(content.pictures ?? []),
          },
        };
      }),
      createdAt: drama.createdAt,
      updatedAt: drama.updatedAt,
      cover: dumpCover(journal, drama.id),
    };
  });
  const lists = journal.lists
    .all()
    .sort((a, b) => a.id - b.id)
    .map(({ id }): DumpList => {
      const list = journal.lists.get(id);
      return {
        id: list.id,
        name: list.name,
        description: list.description,
        public: list.public,
        items: list.items.map((item) => ({ dramaId: item.dramaId, note: item.note })),
        createdAt: list.createdAt,
        updatedAt: list.updatedAt,
      };
    });
  const dump: JournalDump = {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    ...(options.exportedAt ? { exportedAt: options.exportedAt } : {}),
    settings,
    dramas,
    lists,
  };
  return { dump, pictures: [...pictures].sort() };
}

/** The drama's cover with its picture's bytes, or null when it has none. */
function dumpCover(journal: Journal, dramaId: number): DumpCover | null {
  const cover = journal.covers.get(dramaId);
  if (!cover) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(journal.pictures.pathOf(cover.file));
  } catch {
    throw notFound(`the cover picture ${cover.file} is missing from ${journal.pictures.dir}, so the dump would lose it`);
  }
  return { type: mediaTypeOfFileName(cover.file), size: bytes.length, addedAt: cover.addedAt, data: bytes.toString('base64') };
}

/** The dump as the file holds it: two-space JSON and a final newline. */
export function serializeDump(dump: JournalDump): string {
  return `${JSON.stringify(dump, null, 2)}\n`;
}

/**
 * Writes the whole journal to `outFile` as JSON, and its pictures into the
 * folder beside it (`journal.json` → `journal-pictures/`). Pictures are copied
 * first and never overwritten (their names are their contents' hashes), then the
 * JSON is written beside its final name and renamed into place: the dump appears
 * whole or not at all, and an earlier dump in the same place stays readable.
 */
export function dump(
  journal: Journal,
  outFile: string,
  options: Omit<DumpOptions, 'picturesFolder'> = {},
): { file: string; dramas: number; pictures: number } {
  const target = resolve(outFile);
  if (target === resolve(journal.path)) throw invalidInput('the dump cannot overwrite the journal itself');
  const folder = picturesFolderFor(basename(target));
  const { dump: content, pictures } = journal.reading(() => buildDump(journal, { ...options, picturesFolder: folder }));
  const partial = `${target}.partial-${process.pid}`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    const picturesDir = join(dirname(target), folder);
    const copied = pictures.filter((file) => copyPicture(journal, file, picturesDir));
    if (copied.length) syncFolder(picturesDir);
    writeFileSync(partial, serializeDump(content));
    renameDurably(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof JournalError) throw error;
    throw new JournalError('internal', `could not write the dump to ${target}: ${(error as Error).message}`);
  }
  return { file: target, dramas: content.dramas.length, pictures: pictures.length };
}

/** Copies one picture beside the dump, flushed to the disk; answers whether it had to. */
function copyPicture(journal: Journal, file: string, folder: string): boolean {
  const source = journal.pictures.pathOf(file);
  if (!existsSync(source)) throw notFound(`the picture ${file} is missing from ${journal.pictures.dir}, so the dump would lose it`);
  const destination = join(folder, file);
  if (existsSync(destination) && statSync(destination).size === statSync(source).size) return false;
  mkdirSync(folder, { recursive: true });
  const partial = join(folder, `.${file}.partial-${process.pid}`);
  copyFileSync(source, partial);
  syncFile(partial);
  renameSync(partial, destination);
  return true;
}
