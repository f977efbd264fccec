/**
 * Writing an export so that DIR only ever holds a whole site, the old one or the new one.
 *
 * Everything is first written to a staging folder beside DIR (same parent, so
 * same disk and renames are atomic); nothing in DIR changes until every file
 * is ready. A failed or cancelled export just removes the staging folder.
 *
 * - A new or empty DIR: the staging folder is the complete site and is renamed to DIR.
 * - DIR holding an earlier export: only the files that changed are staged, then
 *   each is renamed over its old version, the manifest last. Each rename
 *   replaces a whole file at once, so no page is ever half-written; the commit
 *   does no rendering and no writing of content, only renames, so it takes
 *   milliseconds; and if any rename fails, those already done are undone from
 *   the old versions kept aside. This is what makes a re-export after one edit
 *   fast: unchanged files are never touched. Should the process die in the
 *   middle of the commit, the old manifest is still in place, and since every
 *   replaced file's key differs from the one it records, the next export
 *   rewrites exactly those files.
 *
 * Files in DIR that the manifest does not list are the user's: they are never
 * replaced, moved or deleted (an export that would write one refuses instead).
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { JournalError } from '../common/errors';
import { MANIFEST_NAME, type ExportManifest, hashOf, readManifest } from './manifest';
import { type WriteDone, WriteThread } from './write-thread';

const STAGING_MARKER = '.dramalog-staging';

export interface OutputDirState {
  outDir: string;
  /** The earlier export's manifest, or null when DIR is new or empty. */
  previous: ExportManifest | null;
  exists: boolean;
}

/** Looks at DIR before anything is rendered: refuses a file, or a non-empty folder that is not an export. */
export function inspectOutputDir(path: string): OutputDirState {
  const outDir = resolve(path);
  let stats;
  try {
    stats = statSync(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { outDir, previous: null, exists: false };
    throw new JournalError('invalid-input', `cannot use ${outDir}: ${(error as Error).message}`);
  }
  if (!stats.isDirectory()) throw new JournalError('invalid-input', `${outDir} is a file; choose a folder to export to`);
  const previous = readManifest(outDir);
  if (!previous && readdirSync(outDir).length > 0) {
    throw new JournalError(
      'conflict',
      `${outDir} is not empty and is not an earlier Dramalog export; choose an empty folder or a new one`,
    );
  }
  return { outDir, previous, exists: true };
}

/** A path inside the export, always written with forward slashes (`reviews/soundtrack-2.html`). */
function fsPath(root: string, relative: string): string {
  return join(root, ...relative.split('/'));
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Staging folders left by an export that crashed: named after DIR and marked with a pid that is gone. */
function removeAbandonedStaging(parent: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const folder = join(parent, name);
    try {
      const pid = Number(readFileSync(join(folder, STAGING_MARKER), 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && !processIsAlive(pid)) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Not ours (no marker) or already gone: leave it.
    }
  }
}

/**
 * Collects an export's files aside, then puts them in DIR in one step.
 * `write` and `remove` change nothing in DIR; `commit` does; `abandon` drops everything.
 */
export class SiteWriter {
  private readonly staged: string[] = [];
  private readonly removals: string[] = [];
  private readonly createdDirs = new Set<string>();
  /** Staging folders already made: one mkdir per folder, not per file. */
  private readonly stagedDirs = new Set<string>();
  private finished = false;

  private constructor(
    readonly outDir: string,
    private readonly stageRoot: string,
    /** 'swap': the staging folder becomes DIR; 'update': staged files are renamed into DIR one by one. */
    private readonly mode: 'swap' | 'update',
    /** Writes on a worker thread, for exports with many files to write. */
    private readonly thread: WriteThread | null,
  ) {}

  static begin(state: OutputDirState, options: { manyFiles?: boolean } = {}): SiteWriter {
    const { outDir } = state;
    const parent = dirname(outDir);
    if (outDir === parent) throw new JournalError('invalid-input', `cannot export to ${outDir}; choose a folder inside it`);
    mkdirSync(parent, { recursive: true });
    const prefix = `.${basename(outDir)}.dramalog-`;
    removeAbandonedStaging(parent, prefix);
    // A DIR that is a mount point cannot be renamed over, and a folder beside it is on another disk.
    const mountPoint = state.exists && statSync(outDir).dev !== statSync(parent).dev;
    const mode = state.previous || mountPoint ? 'update' : 'swap';
    const stageParent = mountPoint ? outDir : parent;
    const stageRoot = mkdtempSync(join(stageParent, mountPoint ? '.dramalog-staging-' : `${prefix}${mode}-`));
    writeFileSync(join(stageRoot, STAGING_MARKER), String(process.pid));
    return new SiteWriter(outDir, stageRoot, mode, options.manyFiles ? new WriteThread() : null);
  }

  private stagedPath(relative: string): string {
    return this.mode === 'swap' ? fsPath(this.stageRoot, relative) : fsPath(join(this.stageRoot, 'new'), relative);
  }

  /**
   * Stages one file of the new export unless DIR already holds these bytes
   * (its hash is `knownHash`). `done` learns the hash and whether the file was
   * staged: at once, or, on the writing thread, by the time `flush` resolves.
   */
  stage(relative: string, content: string, knownHash: string | null, done: WriteDone): void {
    const path = this.prepare(relative);
    const staged: WriteDone = (hash, written) => {
      if (written) this.staged.push(relative);
      done(hash, written);
    };
    if (this.thread) {
      this.thread.write(path, content, knownHash, staged);
      return;
    }
    const hash = hashOf(content);
    if (hash !== knownHash) writeFileSync(path, content);
    staged(hash, hash !== knownHash);
  }

  /**
   * Where another thread may write a file of the new export itself (see
   * render-pool.ts); it reports back, and `stagedElsewhere` records each file it wrote.
   */
  target(relative: string): string {
    return this.prepare(relative);
  }

  /** Records a file written to `target(relative)` by another thread. */
  stagedElsewhere(relative: string): void {
    this.assertOpen();
    this.staged.push(relative);
  }

  /** Waits while the writing thread is far behind; rethrows a failed write. */
  async keepUp(): Promise<void> {
    await this.thread?.keepUp();
  }

  /** Waits until every staged file is written and every `done` called. */
  async flush(): Promise<void> {
    await this.thread?.drain();
  }

  /** Stages a copy of a file (a picture) into the new export. */
  copy(relative: string, source: string): void {
    copyFileSync(source, this.prepare(relative));
    this.staged.push(relative);
  }

  private prepare(relative: string): string {
    this.assertOpen();
    const path = this.stagedPath(relative);
    const dir = dirname(path);
    if (!this.stagedDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.stagedDirs.add(dir);
    }
    return path;
  }

  /** Marks a file of the earlier export for removal at commit. */
  remove(relative: string): void {
    this.removals.push(relative);
  }

  /** Puts the staged export in place, the manifest last, once every staged file is written. */
  async commit(manifest: string): Promise<void> {
    this.assertOpen();
    if (this.thread) {
      await this.thread.drain();
      await this.thread.close();
    }
    this.finished = true;
    try {
      if (this.mode === 'swap') this.commitSwap(manifest);
      else this.commitUpdate(manifest);
    } finally {
      rmSync(this.stageRoot, { recursive: true, force: true });
    }
  }

  /** Drops everything staged; DIR stays as it was. */
  async abandon(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.thread?.close();
    rmSync(this.stageRoot, { recursive: true, force: true });
  }

  private assertOpen(): void {
    if (this.finished) throw new JournalError('internal', 'this export was already committed or abandoned');
  }

  private commitSwap(manifest: string): void {
    writeFileSync(join(this.stageRoot, MANIFEST_NAME), manifest);
    rmSync(join(this.stageRoot, STAGING_MARKER));
    try {
      renameSync(this.stageRoot, this.outDir);
    } catch (error) {
      // Some systems will not rename over an empty folder: take the empty folder away first.
      const code = (error as NodeJS.ErrnoException).code;
      if (!['EEXIST', 'ENOTEMPTY', 'EPERM', 'EISDIR'].includes(code ?? '') || readdirSync(this.outDir).length > 0) {
        throw error;
      }
      rmdirSync(this.outDir);
      renameSync(this.stageRoot, this.outDir);
    }
  }

  private commitUpdate(manifest: string): void {
    const manifestStage = join(this.stageRoot, 'new', MANIFEST_NAME);
    mkdirSync(dirname(manifestStage), { recursive: true });
    writeFileSync(manifestStage, manifest);
    const oldRoot = join(this.stageRoot, 'old');
    const undo: (() => void)[] = [];
    try {
      for (const relative of this.removals) {
        const target = fsPath(this.outDir, relative);
        if (!exists(target)) continue;
        const aside = fsPath(oldRoot, relative);
        mkdirSync(dirname(aside), { recursive: true });
        renameSync(target, aside);
        undo.push(() => renameSync(aside, target));
      }
      for (const relative of [...this.staged, MANIFEST_NAME]) {
        const target = fsPath(this.outDir, relative);
        const staged = fsPath(join(this.stageRoot, 'new'), relative);
        this.ensureDir(dirname(target));
        if (exists(target)) {
          // Keep the old version (a hard link costs nothing) so a failed commit can put it back.
          const aside = fsPath(oldRoot, relative);
          mkdirSync(dirname(aside), { recursive: true });
          try {
            linkSync(target, aside);
          } catch {
            copyFileSync(target, aside);
          }
          renameSync(staged, target);
          undo.push(() => renameSync(aside, target));
        } else {
          renameSync(staged, target);
          undo.push(() => rmSync(target, { force: true }));
        }
      }
    } catch (error) {
      for (const step of undo.reverse()) {
        try {
          step();
        } catch {
          // Keep undoing the rest; the next export repairs what could not be.
        }
      }
      for (const dir of [...this.createdDirs].reverse()) {
        try {
          rmdirSync(dir);
        } catch {
          // Not empty: something else is in it now.
        }
      }
      throw new JournalError('internal', `could not update ${this.outDir}: ${(error as Error).message}; it was left as it was`);
    }
  }

  private ensureDir(dir: string): void {
    if (existsSync(dir)) return;
    const missing: string[] = [];
    for (let d = dir; !existsSync(d) && d.startsWith(this.outDir + sep); d = dirname(d)) missing.unshift(d);
    mkdirSync(dir, { recursive: true });
    for (const d of missing) this.createdDirs.add(d);
  }
}
