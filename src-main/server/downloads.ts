import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { randomToken } from './access';
import { DOWNLOAD_TTL_MS } from './limits';

export interface Download {
  file: string;
  /** The name the browser saves it under. */
  name: string;
}

/** A private scratch folder for one call's files; removed when its download is fetched or expires. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'dramalog-serve-'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * What a call left in its scratch folder, as one file to download: the file
 * itself when it is alone (a journal dump without pictures), else a .zip of
 * everything (a site, a dump with its pictures folder). Null when nothing was written.
 */
export function packScratch(dir: string, zipName: string): Download | null {
  const files = filesUnder(dir);
  if (files.length === 0) return null;
  if (files.length === 1 && !relative(dir, files[0]!).includes(sep)) return { file: files[0]!, name: relative(dir, files[0]!) };
  const tree: Zippable = {};
  for (const file of files) tree[relative(dir, file).split(sep).join('/')] = readFileSync(file);
  const zip = join(dir, '.download.zip');
  writeFileSync(zip, zipSync(tree, { level: 6 }));
  return { file: zip, name: zipName };
}

/** Downloads waiting to be fetched, each once, by a random token. */
export class Downloads {
  private readonly waiting = new Map<string, Download & { dir: string; timer: NodeJS.Timeout }>();

  offer(download: Download, dir: string): string {
    const token = randomToken();
    const timer = setTimeout(() => this.take(token)?.done(), DOWNLOAD_TTL_MS);
    timer.unref();
    this.waiting.set(token, { ...download, dir, timer });
    return token;
  }

  /** The download, with the function that removes its files once sent; null when unknown or taken. */
  take(token: string): { download: Download; size: number; done(): void } | null {
    const entry = this.waiting.get(token);
    if (!entry) return null;
    this.waiting.delete(token);
    clearTimeout(entry.timer);
    const done = () => rmSync(entry.dir, { recursive: true, force: true });
    if (!existsSync(entry.file)) {
      done();
      return null;
    }
    return { download: { file: entry.file, name: entry.name }, size: statSync(entry.file).size, done };
  }

  clear(): void {
    for (const token of [...this.waiting.keys()]) this.take(token)?.done();
  }
}
