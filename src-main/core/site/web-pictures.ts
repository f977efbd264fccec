/**
 * The site's pictures made for the web: each review picture and cover at the
 * few widths pages show it (never wider than the original), as WebP and in a
 * format every browser reads (the original's: JPEG, or PNG for PNG and GIF).
 *
 * Files are named by the picture's content and width (`images/<hash>-960.webp`),
 * so the export's manifest is the cache: a file it lists, still in DIR and
 * encoded the current way (`ENCODING`), is not encoded again, and the manifest
 * keeps each picture's size (`pictures`) so a re-export reads no picture at all.
 * Encoding runs in sharp's own threads, a few pictures at a time, before the
 * plan: a picture that cannot be decoded is left out of the site with a note,
 * as a symbolic link is, and a cancel is noticed between pictures.
 */
import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { JournalError } from '../common/errors';
import type { ExportManifest, ManifestFile } from './manifest';
import { cancelled } from './pace';
import { ENCODER, ENCODING, EXTENSION, type Fallback, type PictureSize, type SizedFile, sizedFiles } from './web-sizes';
import { readRegularFile } from './write-file';

/** A picture the site shows, wanted at `widths`. */
export interface PictureRequest {
  hash: string;
  /** The file to read: in the journal's media folder, or the one the user chose. */
  source: string;
  widths: readonly number[];
  /** For a note when it cannot be read: `the picture … in Soundtrack #2`. */
  describe: string;
}


export interface WebPicturesInput {
  requests: readonly PictureRequest[];
  previous: ExportManifest | null;
  onDisk: ReadonlySet<string>;
  /** Stages a file of the export (SiteWriter.write). */
  write: (path: string, bytes: Buffer) => [hash: string, written: boolean];
  signal?: AbortSignal;
  /** Called after each picture made, with how many files were encoded and how many there are to encode; a returned promise is waited for. */
  onProgress?: (encoded: number, toEncode: number) => void | Promise<void>;
}

export interface WebPictures {
  /** Each picture's size, by hash; a picture that could not be read is missing. */
  sizes: Map<string, PictureSize>;
  /** Every file of every picture's web sizes, as the manifest will record it, and whether this export wrote it. */
  files: Map<string, { entry: ManifestFile; written: boolean }>;
  /** Files this export encoded (0 when every picture was made already). */
  encoded: number;
  /** Pictures left out, one sentence each. */
  notes: string[];
}

/** Makes every requested picture's web sizes that DIR does not already hold. */
export async function makeWebPictures({ requests, previous, onDisk, write, signal, onProgress }: WebPicturesInput): Promise<WebPictures> {
  // One picture may be asked for at several sets of widths (a cover also shown in a review).
  const byHash = new Map<string, Wanted>();
  for (const request of requests) {
    const known = byHash.get(request.hash);
    if (known) known.widthSets.push(request.widths);
    else byHash.set(request.hash, { ...request, widthSets: [request.widths] });
  }
  const result: WebPictures = { sizes: new Map(), files: new Map(), encoded: 0, notes: [] };
  const current = (path: string) => (onDisk.has(path) && previous?.files[path]?.key === ENCODING ? previous.files[path] : null);
  const toMake: Wanted[] = [];
  for (const request of byHash.values()) {
    const size = knownSize(previous, request.hash);
    const kept = size && keptFiles(filesOf(request, size), current);
    if (kept) {
      result.sizes.set(request.hash, size!);
      for (const [path, entry] of kept) result.files.set(path, { entry, written: false });
    } else toMake.push(request);
  }
  // At most: a picture whose size is not known yet may have fewer files than its widths.
  let toEncode = 0;
  for (const request of toMake) {
    const size = knownSize(previous, request.hash);
    toEncode += size ? filesOf(request, size).filter((file) => !current(file.path)).length : 2 * Math.max(...request.widthSets.map((w) => w.length));
  }

  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < toMake.length && failure === null) {
      if (signal?.aborted) throw cancelled();
      const request = toMake[next++];
      const made = await encodePicture(request, current);
      if (made === 'link' || made === 'damaged') {
        result.notes.push(
          made === 'link'
            ? `${request.describe} is a symbolic link; it was left out.`
            : `${request.describe} cannot be read as a picture (the file may be damaged or cut short); it was left out.`,
        );
        continue;
      }
      result.sizes.set(request.hash, made.size);
      for (const file of made.files) {
        if ('entry' in file) result.files.set(file.path, { entry: file.entry, written: false });
        else {
          const [hash, written] = write(file.path, file.bytes);
          result.files.set(file.path, { entry: { hash, key: ENCODING }, written });
          result.encoded += 1;
        }
      }
      await onProgress?.(result.encoded, Math.max(toEncode, result.encoded));
    }
  };
  const lanes = Math.max(1, Math.min(availableParallelism(), toMake.length));
  await Promise.all(Array.from({ length: lanes }, () => worker().catch((error: unknown) => void (failure ??= error))));
  if (failure !== null) throw failure;
  // Notes in a stable order, whichever lane finished first.
  result.notes.sort();
  return result;
}

type Wanted = PictureRequest & { widthSets: (readonly number[])[] };

/** Every file of a picture's web sizes, for every set of widths it is wanted at. */
function filesOf(wanted: Wanted, size: PictureSize): SizedFile[] {
  if (wanted.widthSets.length === 1) return sizedFiles(wanted.hash, size, wanted.widthSets[0]);
  const files = new Map<string, SizedFile>();
  for (const widths of wanted.widthSets) for (const file of sizedFiles(wanted.hash, size, widths)) files.set(file.path, file);
  return [...files.values()];
}

/** The manifest entries of the files, when DIR holds every one of them as made now; else null. */
function keptFiles(files: readonly SizedFile[], current: (path: string) => ManifestFile | null): [string, ManifestFile][] | null {
  const kept: [string, ManifestFile][] = [];
  for (const { path } of files) {
    const entry = current(path);
    if (!entry) return null;
    kept.push([path, entry]);
  }
  return kept;
}

function knownSize(previous: ExportManifest | null, hash: string): PictureSize | null {
  const size = previous?.pictures?.[hash];
  return Array.isArray(size) && size.length === 3 && size[0] > 0 && size[1] > 0 && size[2] in EXTENSION ? size : null;
}

type MadeFile = { path: string; bytes: Buffer } | { path: string; entry: ManifestFile };

/** Reads one picture (never through a link) and encodes the files of it DIR lacks; 'link' or 'damaged' when it is left out. */
async function encodePicture(request: Wanted, current: (path: string) => ManifestFile | null): Promise<{ size: PictureSize; files: MadeFile[] } | 'link' | 'damaged'> {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(request.source);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP' || isLink(request.source)) return 'link';
    throw new JournalError('invalid-input', `${request.describe} cannot be read: ${(error as Error).message}`);
  }
  try {
    const metadata = await sharp(bytes).metadata();
    if (!metadata.width || !metadata.height) return 'damaged';
    const sideways = (metadata.orientation ?? 1) >= 5;
    const fallback: Fallback = metadata.format === 'webp' ? 'webp' : metadata.format === 'png' || metadata.format === 'gif' ? 'png' : 'jpeg';
    const size: PictureSize = [sideways ? metadata.height : metadata.width, sideways ? metadata.width : metadata.height, fallback];
    const wanted = filesOf(request, size);
    const made: MadeFile[] = wanted.flatMap((file) => {
      const entry = current(file.path);
      return entry ? [{ path: file.path, entry }] : [];
    });
    if (made.length === wanted.length) return { size, files: made };
    // Decoded once, upright, for all its sizes (each pipeline would otherwise decode the file again).
    const { data, info } = await sharp(bytes, { failOn: 'error' }).rotate().raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    const files = await Promise.all(
      wanted.map(async (file): Promise<MadeFile> => {
        const entry = current(file.path);
        if (entry) return { path: file.path, entry };
        const resized = sharp(data, raw).resize({ width: file.width, height: file.height, fit: 'fill' });
        const encoded =
          file.format === 'webp' ? resized.webp(ENCODER.webp) : file.format === 'png' ? resized.png(ENCODER.png) : resized.jpeg(ENCODER.jpeg);
        return { path: file.path, bytes: await encoded.toBuffer() };
      }),
    );
    return { size, files };
  } catch {
    return 'damaged';
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
