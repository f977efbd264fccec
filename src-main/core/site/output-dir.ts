/**
 * Writing an export so that DIR only ever holds a whole site, the old one or
 * the new one, even when the process is killed at any instant.
 *
 * Everything is first written to a working folder beside DIR (same parent, so
 * same disk and renames are atomic): `.DIR.dramalog-swap-*` for a new or empty
 * DIR, whose `site/` becomes DIR in one rename; `.DIR.dramalog-update-*` over an
 * earlier export, whose `new/` holds only the files that changed, each renamed
 * over its old version, the manifest last. Nothing in DIR changes until every
 * file is written and synced to the disk, and the swap's record (swap.ts) is
 * on the disk too: from then on the swap is finished even if the process dies,
 * by the next export or by `recoverSiteFolder` (the app calls it at start).
 * Before that point, a dead export's working folder is simply removed.
 *
 * Files in DIR that the manifest does not list are the user's: they are never
 * replaced, moved or deleted (an export that would write one refuses instead).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { JournalError } from '../common/errors';
import { type ExportManifest, MANIFEST_NAME, readManifest } from './manifest';
import { draftSwapRecord, finishSwap, fsPath, publishSwapRecord, type SwapRecord, runSwap } from './swap';
import { syncFiles } from './sync';
import { writeIfChanged } from './write-file';

const STAGING_MARKER = '.dramalog-staging';

export interface OutputDirState {
  outDir: string;
  /** The earlier export's manifest, or null when DIR is new or empty. */
  previous: ExportManifest | null;
  exists: boolean;
}

/**
 * Finishes or rolls back what a killed export left of its swap into DIR, and
 * removes its working folder, so DIR holds one whole site. Working folders of
 * an export still running (its process alive) are left alone.
 */
export function recoverSiteFolder(path: string): void {
  const outDir = resolve(path);
  const parent = dirname(outDir);
  if (parent === outDir) return;
  const places: [string, string][] = [[parent, `.${basename(outDir)}.dramalog-`]];
  if (existsSync(outDir)) places.push([outDir, '.dramalog-staging-']);
  for (const [folder, prefix] of places) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (name.startsWith(prefix)) recoverWorkingFolder(join(folder, name), outDir);
  }
}

function recoverWorkingFolder(stageRoot: string, outDir: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(join(stageRoot, STAGING_MARKER), 'utf8'));
  } catch {
    // No marker: not ours, or a working folder already emptied after its swap finished.
    if (existsSync(stageRoot) && readdirSync(stageRoot).length === 0) rmSync(stageRoot, { recursive: true, force: true });
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || processIsAlive(pid)) return;
  finishSwap(stageRoot, outDir);
}

/** Looks at DIR before anything is rendered: refuses a file, or a non-empty folder that is not an export. */
export function inspectOutputDir(path: string): OutputDirState {
  const outDir = resolve(path);
  recoverSiteFolder(outDir);
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

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Collects an export's files aside, then puts them in DIR in one step.
 * `write` and `remove` change nothing in DIR; `commit` does; `abandon` drops everything.
 */
export class SiteWriter {
  private readonly staged: string[] = [];
  private readonly removals: string[] = [];
  /** Staging folders already made: one mkdir per folder, not per file. */
  private readonly stagedDirs = new Set<string>();
  private finished = false;

  private constructor(
    readonly outDir: string,
    private readonly stageRoot: string,
    /** 'swap': the staged `site/` becomes DIR; 'update': staged files are renamed into DIR one by one. */
    private readonly mode: 'swap' | 'update',
  ) {}

  static begin(state: OutputDirState): SiteWriter {
    const { outDir } = state;
    const parent = dirname(outDir);
    if (outDir === parent) throw new JournalError('invalid-input', `cannot export to ${outDir}; choose a folder inside it`);
    mkdirSync(parent, { recursive: true });
    // A DIR that is a mount point cannot be renamed over, and a folder beside it is on another disk.
    const mountPoint = state.exists && statSync(outDir).dev !== statSync(parent).dev;
    const mode = state.previous || mountPoint ? 'update' : 'swap';
    const stageRoot = mountPoint
      ? mkdtempSync(join(outDir, '.dramalog-staging-'))
      : mkdtempSync(join(parent, `.${basename(outDir)}.dramalog-${mode}-`));
    writeFileSync(join(stageRoot, STAGING_MARKER), String(process.pid));
    return new SiteWriter(outDir, stageRoot, mode);
  }

  /** Where a file of the new export is written: here, or by another thread (see render-pool.ts). */
  target(relative: string): string {
    this.assertOpen();
    const path = fsPath(join(this.stageRoot, this.mode === 'swap' ? 'site' : 'new'), relative);
    const dir = dirname(path);
    if (!this.stagedDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.stagedDirs.add(dir);
    }
    return path;
  }

  /** Stages one file (a page, a picture's web size) unless DIR already holds these bytes (`knownHash`); answers its hash and whether it was staged. */
  write(relative: string, content: string | Buffer, knownHash: string | null): [hash: string, written: boolean] {
    const result = writeIfChanged(this.target(relative), content, knownHash);
    if (result[1]) this.staged.push(relative);
    return result;
  }

  /** Records a file written to `target(relative)` by another thread. */
  stagedElsewhere(relative: string): void {
    this.assertOpen();
    this.staged.push(relative);
  }

  /** Marks a file of the earlier export for removal at commit. */
  remove(relative: string): void {
    this.removals.push(relative);
  }

  /** Puts the staged export in place, the manifest last, once every staged file is on the disk; answers what it put in DIR and removed. */
  async commit(manifest: string): Promise<{ staged: readonly string[]; removals: readonly string[] }> {
    writeFileSync(this.target(MANIFEST_NAME), manifest);
    this.finished = true;
    const staged = [...this.staged, MANIFEST_NAME];
    const record: SwapRecord =
      this.mode === 'swap'
        ? { mode: 'swap', outDirExisted: existsSync(this.outDir) }
        : { mode: 'update', removals: this.removals, staged: staged.map((path) => ({ path, replaces: existsSync(fsPath(this.outDir, path)) })) };
    try {
      const root = join(this.stageRoot, this.mode === 'swap' ? 'site' : 'new');
      // The files, their folders and the record's draft go to the disk together, in one round.
      const draft = draftSwapRecord(this.stageRoot, record);
      await syncFiles([...staged.map((relative) => fsPath(root, relative)), draft], [root, ...this.stagedDirs]);
    } catch (error) {
      rmSync(this.stageRoot, { recursive: true, force: true });
      throw error;
    }
    publishSwapRecord(this.stageRoot);
    runSwap(this.stageRoot, this.outDir, record);
    return { staged, removals: this.removals };
  }

  /** Drops everything staged; DIR stays as it was. */
  async abandon(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    rmSync(this.stageRoot, { recursive: true, force: true });
  }

  private assertOpen(): void {
    if (this.finished) throw new JournalError('internal', 'this export was already committed or abandoned');
  }
}
