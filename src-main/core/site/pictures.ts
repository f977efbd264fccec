/**
 * The pictures of the exported reviews and the dramas' covers, as files to
 * make web sizes of (web-pictures.ts). A picture that is a symbolic link is
 * never followed (its target could be any file on the computer): it is left
 * out of the site, and the export says so. A picture kept in the media folder
 * is named by its hash, so it is read only when its web sizes are made, and
 * then never through a link (web-pictures.ts); any other file is looked at here.
 */
import { lstatSync } from 'node:fs';
import { JournalError } from '../common/errors';
import type { ReviewPicture } from '../common/house-format/model';
import type { Journal } from '../journal';
import { HASH_LENGTH, hashOf } from './manifest';
import type { Published, SourceFile, SourcePicture } from './plan';
import { readRegularFile } from './write-file';

/** A kept picture's name is the SHA-256 of its bytes, so its hash needs no reading. */
const CONTENT_NAMED = /^([0-9a-f]{64})\.[a-z0-9]+$/;

export interface FoundPictures {
  byDrama: Map<number, SourcePicture[]>;
  /** Each published drama's cover, where it has one. */
  covers: Map<number, SourceFile>;
  /** Why a picture was left out, one sentence each. */
  notes: string[];
}

/**
 * Each review's pictures: those saved with it in the journal's media folder or,
 * when `chosen` is given, the files it names (`Export This Review…` from the editor).
 */
export function findPictures(journal: Journal, published: readonly Published[], chosen?: (dramaId: number) => readonly ReviewPicture[]): FoundPictures {
  const byDrama = new Map<number, SourcePicture[]>();
  const notes: string[] = [];
  for (const drama of published) {
    const pictures = chosen
      ? chosen(drama.id).map((picture) => ({ picture, knownHash: null }))
      : drama.review.pictures.map(({ file, alt, section, afterParagraph }) => ({
          picture: { src: journal.pictures.pathOf(file), alt, section, afterParagraph },
          knownHash: CONTENT_NAMED.exec(file)?.[1].slice(0, HASH_LENGTH) ?? null,
        }));
    const found: SourcePicture[] = [];
    for (const { picture, knownHash } of pictures) {
      const source = picture.src;
      // A kept picture is read (never through a link) only when its web sizes are made (web-pictures.ts).
      if (knownHash) {
        found.push({ picture, source, hash: knownHash });
        continue;
      }
      if (isLink(source, drama.title)) {
        notes.push(`The picture ${source} in ${drama.title} is a symbolic link; it was left out.`);
        continue;
      }
      found.push({ picture, source, hash: hashOfFile(source, drama.title) });
    }
    if (found.length) byDrama.set(drama.id, found);
  }
  const covers = new Map<number, SourceFile>();
  const titles = new Map(published.map((d) => [d.id, d.title]));
  for (const [dramaId, cover] of journal.covers.many(published.map((d) => d.id))) {
    const source = journal.pictures.pathOf(cover.file);
    const knownHash = CONTENT_NAMED.exec(cover.file)?.[1].slice(0, HASH_LENGTH);
    if (knownHash) covers.set(dramaId, { source, hash: knownHash });
    else {
      const title = titles.get(dramaId)!;
      if (isLink(source, title)) notes.push(`The cover ${source} of ${title} is a symbolic link; it was left out.`);
      else covers.set(dramaId, { source, hash: hashOfFile(source, title) });
    }
  }
  return { byDrama, covers, notes };
}

function isLink(path: string, title: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch (error) {
    throw unreadable(path, title, error);
  }
}

function hashOfFile(path: string, title: string): string {
  try {
    return hashOf(readRegularFile(path));
  } catch (error) {
    throw unreadable(path, title, error);
  }
}

const unreadable = (path: string, title: string, error: unknown) =>
  new JournalError('invalid-input', `the picture ${path} in ${title} cannot be read: ${(error as Error).message}`);
