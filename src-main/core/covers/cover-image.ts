import sharp from 'sharp';
import { JournalError } from '../common/errors';
import { MAX_PICTURE_BYTES, pictureTypeOf, type PictureExtension } from '../common/picture-file';

/** The widest a cover is shown on the drama screen, in pixels (twice its CSS width, for sharp screens). */
export const WEB_WIDTH = 640;
/** The widest a cover is shown on a card (twice its CSS width). */
export const THUMB_WIDTH = 240;
/** Poster proportions bound the height, so a very tall picture still makes a small thumbnail. */
const MAX_HEIGHT_RATIO = 2;

/** A picture read and resized, nothing written yet. */
export interface PreparedCover {
  original: Buffer;
  type: PictureExtension;
  width: number;
  height: number;
  web: Buffer;
  thumb: Buffer;
}

/** Refused cover pictures share this code, so callers can tell them from other failures by data. */
export const unreadableCover = (message: string) => new JournalError('invalid-input', message);

/**
 * Reads a picture and makes its web and thumbnail sizes (WebP, upright, never
 * enlarged). Bytes that are not a picture Dramalog keeps, or that the image
 * library cannot decode, are refused with an invalid-input error naming `name`.
 * Pure on its input: nothing is written, so a refusal changes nothing.
 */
export async function prepareCover(original: Buffer, name: string): Promise<PreparedCover> {
  if (original.length === 0) throw unreadableCover(`${name} is empty: choose a PNG, JPEG, GIF, WebP or AVIF picture`);
  if (original.length > MAX_PICTURE_BYTES) {
    throw unreadableCover(`${name} is ${(original.length / 1024 / 1024).toFixed(1)} MB; a cover can be at most ${MAX_PICTURE_BYTES / 1024 / 1024} MB`);
  }
  const type = pictureTypeOf(original);
  if (!type) throw unreadableCover(`${name} is not a picture Dramalog can use: choose a PNG, JPEG, GIF, WebP or AVIF file`);
  try {
    const metadata = await sharp(original).metadata();
    if (!metadata.width || !metadata.height) throw new Error('no size');
    const sideways = (metadata.orientation ?? 1) >= 5;
    const width = sideways ? metadata.height : metadata.width;
    const height = sideways ? metadata.width : metadata.height;
    const [web, thumb] = await Promise.all([resized(original, WEB_WIDTH), resized(original, THUMB_WIDTH)]);
    return { original, type, width, height, web, thumb };
  } catch {
    throw unreadableCover(`${name} cannot be read as a picture (the file may be damaged or cut short): choose another`);
  }
}

function resized(bytes: Buffer, width: number): Promise<Buffer> {
  return sharp(bytes, { failOn: 'error' })
    .rotate()
    .resize({ width, height: width * MAX_HEIGHT_RATIO, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
}
