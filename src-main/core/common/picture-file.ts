/**
 * Which picture files Dramalog keeps, recognised by their first bytes rather
 * than their name, and the names they are kept under. Pure: no file access.
 */

export const PICTURE_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
} as const;
export type PictureExtension = keyof typeof PICTURE_TYPES;

/** The extensions a file chooser offers. */
export const PICTURE_FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'];

/** Big enough for a full-resolution still, small enough to keep a journal sensible. */
export const MAX_PICTURE_BYTES = 25 * 1024 * 1024;

/** A kept picture: the SHA-256 of its bytes and the extension of its type. */
export const PICTURE_FILE_NAME = /^[0-9a-f]{64}\.(png|jpg|gif|webp|avif)$/;

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The picture type of these bytes, or null when they are not a picture Dramalog keeps. */
export function pictureTypeOf(bytes: Uint8Array): PictureExtension | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG' && bytes[4] === 0x0d && bytes[5] === 0x0a) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12))) return 'avif';
  return null;
}

export function mediaTypeOfFileName(file: string): string {
  const extension = file.slice(file.lastIndexOf('.') + 1) as PictureExtension;
  return PICTURE_TYPES[extension];
}
