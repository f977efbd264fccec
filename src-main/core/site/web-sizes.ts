/**
 * The names and sizes of the site's pictures made for the web (web-pictures.ts
 * makes them): pure, so planning and rendering can name them without sharp.
 * A file is named by its picture's content and width (`images/<hash>-960.webp`).
 */
import type { WebImage } from '../common/house-format/model';
import { type ExportManifest, hashOf } from './manifest';

/** A picture's upright size and the format its fallback files take, as the manifest keeps it. */
export type PictureSize = NonNullable<ExportManifest['pictures']>[string];

/** Review pictures fill the page's column (42rem): phone, column, and the column on a sharp screen. */
export const PICTURE_WIDTHS = [480, 960, 1440] as const;
/** Covers: a card's poster (4.5rem), the review header's (10rem) on a sharp screen, and the Open Graph image. */
export const COVER_WIDTHS = [160, 320, 640] as const;
/** How each format is encoded (sharp's options). */
export const ENCODER = {
  webp: { quality: 80 },
  jpeg: { quality: 82, progressive: true },
  png: { compressionLevel: 9 },
} as const;
/**
 * Every picture file's manifest key: a short hash of the encoder's options, so
 * changing them makes every picture again (a width is in the file's name). Short,
 * as it is written once per file (a site of 3,000 pictures has 12,000 of them).
 */
export const ENCODING = hashOf(JSON.stringify(ENCODER)).slice(0, 8);

export type Fallback = PictureSize[2];
export const EXTENSION: Record<Fallback, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };


/** One file of a picture's web sizes. */
export interface SizedFile {
  path: string;
  width: number;
  height: number;
  format: Fallback;
}

/** The widths a picture is made at: those asked that are not wider than it, and its own width where it falls short of the widest. */
export function widthsFor(ownWidth: number, asked: readonly number[]): number[] {
  const widths = asked.filter((w) => w <= ownWidth);
  const last = widths[widths.length - 1] ?? 0;
  // Its own width too, unless that is hardly wider than the last (not worth another file).
  if (ownWidth < asked[asked.length - 1] && ownWidth > last * 1.2) widths.push(ownWidth);
  return widths;
}

export function sizedFiles(hash: string, [width, height, fallback]: PictureSize, widths: readonly number[]): SizedFile[] {
  const stem = `images/${hash}`;
  return widthsFor(width, widths).flatMap((w) => {
    const h = Math.max(1, Math.round((height * w) / width));
    const files: SizedFile[] = [{ path: `${stem}-${w}.webp`, width: w, height: h, format: 'webp' }];
    if (fallback !== 'webp') files.push({ path: `${stem}-${w}.${EXTENSION[fallback]}`, width: w, height: h, format: fallback });
    return files;
  });
}

/** The files of a picture's web sizes, from the site root. */
export function webFilePaths(hash: string, size: PictureSize, widths: readonly number[]): string[] {
  return sizedFiles(hash, size, widths).map((file) => file.path);
}

/** A picture's web sizes as a page shows them, with paths from the site root (see `fromPage`). */
export function webImageOf(hash: string, size: PictureSize, widths: readonly number[]): WebImage {
  const widthsMade = widthsFor(size[0], widths);
  const stem = `images/${hash}`;
  const fallback = EXTENSION[size[2]];
  const files = widthsMade.map((w) => ({ width: w, webp: size[2] === 'webp' ? null : `${stem}-${w}.webp`, fallback: `${stem}-${w}.${fallback}` }));
  const widest = widthsMade[widthsMade.length - 1];
  return { width: widest, height: Math.max(1, Math.round((size[1] * widest) / size[0])), files, lazy: true };
}

/** The same picture's paths as seen from a page `root` away from the site root (`../` for a review), loaded lazily or not. */
export function fromPage(image: WebImage, root: string, lazy: boolean): WebImage {
  return {
    ...image,
    lazy,
    files: image.files.map((file) => ({ width: file.width, webp: file.webp && root + file.webp, fallback: root + file.fallback })),
  };
}
