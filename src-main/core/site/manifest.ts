/**
 * The export's record of itself, `DIR/.dramalog-export.json`: proof that DIR is
 * a Dramalog export, the list of every file it wrote (the only files a later
 * export may replace or delete), and per file the hash of its content and a key
 * of the journal data it was made from, so a re-export renders only what changed.
 * It holds no times or paths, so the same journal always gives the same manifest.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JournalError } from '../common/errors';

export const MANIFEST_NAME = '.dramalog-export.json';
/** Raise when the manifest's shape changes; a newer manifest is refused, an older one rebuilt. */
export const MANIFEST_VERSION = 1;

export interface ManifestFile {
  /** Hash of the file as written. */
  hash: string;
  /** Hash of what it was made from: same key, same content (checked at every export). */
  key: string;
}

export interface ExportManifest {
  generator: 'Dramalog';
  formatVersion: number;
  /** 'site', or the one drama exported with `Export This Review…`. */
  scope: 'site' | { dramaId: number };
  includeDrafts: boolean;
  /** Hash of what every page depends on: settings and the page format. */
  sharedKey: string;
  /** Title and page of every exported review, as cross-links used them: [title, href]. */
  links: [string, string][];
  /**
   * Every review address this folder has published, slug → owner (slugs.ts): kept
   * for the reviews still here, and for deleted ones so no other review takes theirs.
   * Absent from manifests written before addresses were kept.
   */
  slugs?: Record<string, string>;
  /**
   * The address (`lists/<slug>.html`) of each list public at the last export, slug → owner
   * (public-lists.ts). Absent when no list is public.
   */
  listSlugs?: Record<string, string>;
  /**
   * Each picture's upright size and the format of its fallback files, by the hash of its
   * bytes (web-pictures.ts): a re-export names its web sizes without reading it.
   * Absent from manifests written before pictures were made for the web.
   */
  pictures?: Record<string, [width: number, height: number, fallback: 'jpeg' | 'png' | 'webp']>;
  files: Record<string, ManifestFile>;
}

const filesByPath = new WeakMap<ExportManifest, ReadonlyMap<string, ManifestFile>>();

/**
 * The manifest's files as a Map, made once per manifest: looking up ten thousand paths built
 * afresh in an object of ten thousand keys costs V8 far more (each key is interned first).
 */
export function recordedFiles(manifest: ExportManifest): ReadonlyMap<string, ManifestFile> {
  let files = filesByPath.get(manifest);
  if (!files) filesByPath.set(manifest, (files = new Map(Object.entries(manifest.files))));
  return files;
}

/** Gives a manifest made by an export the Map of its files the export kept as it went (export-files.ts). */
export function knowFiles(manifest: ExportManifest, files: ReadonlyMap<string, ManifestFile>): void {
  filesByPath.set(manifest, files);
}

/** How file contents are hashed, on every thread (write-file.ts). */
export const HASH_ALGORITHM = 'sha256';
export const HASH_LENGTH = 32;

export function hashOf(content: string | Buffer): string {
  return createHash(HASH_ALGORITHM).update(content).digest('hex').slice(0, HASH_LENGTH);
}

export function sameScope(a: ExportManifest['scope'], b: ExportManifest['scope']): boolean {
  return a === 'site' || b === 'site' ? a === b : a.dramaId === b.dramaId;
}

/**
 * The manifest this process last wrote to a folder, with the identity its file had then: read
 * back as it is while the file keeps that identity (a re-export then parses no megabytes of
 * JSON). Any change to the file, by anyone, gives it another identity.
 */
const written = new Map<string, { identity: string; manifest: ExportManifest }>();
/** The last folder only: the app exports to one, and a manifest of 10,000 files is megabytes in memory. */
const REMEMBERED_FOLDERS = 1;

/** Inode, size and times to the nanosecond: a file replaced or written since has another. */
function identityOf(dir: string): string | null {
  try {
    const stats = statSync(join(dir, MANIFEST_NAME), { bigint: true });
    return `${stats.dev} ${stats.ino} ${stats.size} ${stats.mtimeNs} ${stats.ctimeNs}`;
  } catch {
    return null;
  }
}

/** Remembers the manifest just written to `dir` (it must not change afterwards). */
export function rememberManifest(dir: string, manifest: ExportManifest): void {
  const identity = identityOf(dir);
  written.delete(dir);
  if (identity === null) return;
  written.set(dir, { identity, manifest });
  if (written.size > REMEMBERED_FOLDERS) written.delete(written.keys().next().value!);
}

/** The manifest in `dir`, null when there is none, or a refusal when it is not one we can use. Never to be changed. */
export function readManifest(dir: string): ExportManifest | null {
  const known = written.get(dir);
  if (known && identityOf(dir) === known.identity) return known.manifest;
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new JournalError('internal', `could not read ${join(dir, MANIFEST_NAME)}: ${(error as Error).message}`);
  }
  let manifest: ExportManifest;
  try {
    manifest = JSON.parse(text) as ExportManifest;
  } catch {
    throw damaged(dir);
  }
  if (manifest?.generator !== 'Dramalog' || typeof manifest.formatVersion !== 'number') throw damaged(dir);
  if (manifest.formatVersion > MANIFEST_VERSION) {
    throw new JournalError(
      'conflict',
      `${dir} was exported by a newer Dramalog (export format ${manifest.formatVersion}); update Dramalog or export to another folder`,
    );
  }
  if (typeof manifest.files !== 'object' || manifest.files === null) throw damaged(dir);
  // The export deletes and replaces the files listed: never one outside DIR, whatever the file says.
  if (!Object.keys(manifest.files).every(isSitePath)) throw damaged(dir);
  return manifest;
}

/** A path an export can write: relative, forward slashes, no empty, `.` or `..` part, nothing Windows reads as a drive or stream. */
export function isSitePath(path: string): boolean {
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\0]/.test(part));
}

function damaged(dir: string): JournalError {
  return new JournalError(
    'conflict',
    `${join(dir, MANIFEST_NAME)} is damaged, so Dramalog cannot tell which files it wrote there; export to an empty folder instead`,
  );
}

/** Text already made of a links list, a slugs record or a file's entry: a re-export keeps most of them as they were. */
const textOf = new WeakMap<object, string>();

function memo<T extends object>(value: T, make: (value: T) => string): string {
  let text = textOf.get(value);
  if (text === undefined) textOf.set(value, (text = make(value)));
  return text;
}

/** Printable ASCII but for `"` and `\`: JSON writes it as it is, between quotes. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** JSON.stringify of a string, without its cost for the plain paths, hashes and keys a manifest holds by the ten thousand. */
const jsonString = (text: string) => (PLAIN.test(text) ? `"${text}"` : JSON.stringify(text));

let lastPaths: string[] = [];

/** The files' paths, sorted: the last manifest's order when it has the same paths (a re-export mostly does). */
function sortedPaths(files: Record<string, ManifestFile>): string[] {
  const paths = Object.keys(files);
  if (paths.length === lastPaths.length && lastPaths.every((path) => Object.hasOwn(files, path))) return lastPaths;
  return (lastPaths = paths.sort());
}

/**
 * Stable text: files sorted by path, one file or link per line so the manifest
 * of a large site stays readable and diffable.
 */
export function manifestText(manifest: ExportManifest): string {
  const { links, slugs = {}, listSlugs, pictures = {}, files, ...header } = manifest;
  const head = JSON.stringify(header);
  const linkLines = memo(links, (all) => all.map((link) => JSON.stringify(link)).join(',\n'));
  const recordLines = (record: Record<string, unknown>) =>
    Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${JSON.stringify(record[key])}`)
      .join(',\n');
  const slugLines = memo(slugs, recordLines);
  // Only once a list is public, so a site without lists keeps the manifest it had.
  const listSlugPart = listSlugs && Object.keys(listSlugs).length ? `"listSlugs":{\n${recordLines(listSlugs)}\n},\n` : '';
  const pictureLines = memo(pictures, recordLines);
  // An entry belongs to one path (a kept file keeps the earlier export's entry for it).
  const fileLines = sortedPaths(files)
    .map((path) => memo(files[path], ({ hash, key }) => `${jsonString(path)}:{"hash":${jsonString(hash)},"key":${jsonString(key)}}`))
    .join(',\n');
  return `${head.slice(0, -1)},\n"links":[\n${linkLines}\n],\n"slugs":{\n${slugLines}\n},\n${listSlugPart}"pictures":{\n${pictureLines}\n},\n"files":{\n${fileLines}\n}}\n`;
}
