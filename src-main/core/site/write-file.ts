/**
 * Writing one file of an export, the same way on every thread: hash the bytes,
 * and write them only when they differ from what DIR already holds (`knownHash`).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { hashOf } from './manifest';

/** Writes `content` to `path` unless its hash is `knownHash`; answers the hash and whether it wrote. */
export function writeIfChanged(path: string, content: string | Buffer, knownHash: string | null): [hash: string, written: boolean] {
  // Encoded once, for the hash and the file both.
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const hash = hashOf(bytes);
  if (hash === knownHash) return [hash, false];
  writeFileSync(path, bytes);
  return [hash, true];
}

/** Not on Windows, which follows no links here anyway (a picture there is never a symlink we create). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The bytes of a regular file, never of what a symbolic link points to: opening
 * a link fails (O_NOFOLLOW), so a picture swapped for a link after it was looked at is not read either.
 */
export function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
