/**
 * The swap of a staged export into DIR, as steps that can be finished or undone
 * by another process. Its record, written to the disk before DIR is touched,
 * lists every step; each step can be done again harmlessly. A process killed
 * during the swap leaves the record behind, and the next export (or the app at
 * start, output-dir.ts's `recoverSiteFolder`) finishes the swap from it, or,
 * where the export had begun undoing a failed swap, finishes the undoing.
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { JournalError } from '../common/errors';
import { syncDirs } from './sync';

export type SwapRecord =
  /** `site/` in the working folder becomes DIR (which was missing or empty). */
  | { mode: 'swap'; outDirExisted: boolean }
  /** Files of `new/` are renamed over DIR's, in order (the manifest last); the old versions are kept in `old/` until the end. */
  | { mode: 'update'; removals: string[]; staged: { path: string; replaces: boolean }[] };

/** The record of a swap under way: present, the swap is to be finished. */
const FORWARD = 'swap.json';
/** The record of a swap being undone (it failed part way): present, the undoing is to be finished. */
const BACKWARD = 'swap-undo.json';

let stepHook: ((step: string) => void) | null = null;
/**
 * Called before each step of every swap, with the step's name: lets a test kill
 * the process at each step in turn (tests/unit/site/swap-kill.test.ts).
 */
export function onSwapStep(hook: ((step: string) => void) | null): void {
  stepHook = hook;
}
const step = (name: string) => stepHook?.(name);

/**
 * A path inside the export, always written with forward slashes (`reviews/soundtrack-2.html`),
 * made by the export or read from a manifest that was checked (manifest.ts, `isSitePath`): on
 * POSIX it is already a path under `root`. (Splitting and joining it cost 20 ms a full export.)
 */
export function fsPath(root: string, relative: string): string {
  return sep === '/' ? `${root}/${relative}` : join(root, ...relative.split('/'));
}

/**
 * Writes the record as a draft, which counts for nothing yet; answers its path. The caller
 * puts it on the disk together with the staged files (sync.ts), then publishes it.
 */
export function draftSwapRecord(stageRoot: string, record: SwapRecord): string {
  const draft = join(stageRoot, `${FORWARD}.draft`);
  writeFileSync(draft, JSON.stringify(record));
  return draft;
}

/** Makes the draft, already on the disk, the record: from here on, the swap happens even if this process dies. */
export function publishSwapRecord(stageRoot: string): void {
  step('record');
  renameSync(join(stageRoot, `${FORWARD}.draft`), join(stageRoot, FORWARD));
  syncDirs([stageRoot]);
}

/** Runs a recorded swap; if a step fails, undoes the steps done, and DIR is as it was. */
export function runSwap(stageRoot: string, outDir: string, record: SwapRecord): void {
  try {
    forward(stageRoot, outDir, record);
  } catch (error) {
    renameSync(join(stageRoot, FORWARD), join(stageRoot, BACKWARD));
    try {
      backward(stageRoot, outDir, record);
    } catch {
      // The record stays: the next export finishes the undoing.
      throw new JournalError('internal', `could not update ${outDir}: ${(error as Error).message}; export again to repair it`);
    }
    removeWorkingFolder(stageRoot);
    throw new JournalError('internal', `could not update ${outDir}: ${(error as Error).message}; it was left as it was`);
  }
  removeWorkingFolder(stageRoot);
}

/** Finishes whatever a dead export left in its working folder, then removes the folder. */
export function finishSwap(stageRoot: string, outDir: string): void {
  const read = (name: string) => JSON.parse(readFileSync(join(stageRoot, name), 'utf8')) as SwapRecord;
  if (existsSync(join(stageRoot, FORWARD))) forward(stageRoot, outDir, read(FORWARD));
  else if (existsSync(join(stageRoot, BACKWARD))) backward(stageRoot, outDir, read(BACKWARD));
  // With no record, the export died before touching DIR: there is nothing to finish.
  removeWorkingFolder(stageRoot);
}

function forward(stageRoot: string, outDir: string, record: SwapRecord): void {
  if (record.mode === 'swap') {
    const site = join(stageRoot, 'site');
    if (!existsSync(site)) return;
    if (existsSync(outDir)) {
      // Someone put files in the folder since: it is theirs now, and the new site is dropped.
      if (readdirSync(outDir).length > 0) return;
      step('remove empty folder');
      rmdirSync(outDir);
    }
    step('rename site');
    renameSync(site, outDir);
    syncDirs([dirname(outDir)]);
    return;
  }
  const touched = new Set<string>([outDir]);
  for (const relative of record.removals) {
    step(`remove ${relative}`);
    const target = fsPath(outDir, relative);
    if (!existsSync(target)) continue;
    const aside = fsPath(join(stageRoot, 'old'), relative);
    mkdirSync(dirname(aside), { recursive: true });
    renameSync(target, aside);
    touched.add(dirname(target));
  }
  for (const { path: relative } of record.staged) {
    step(`rename ${relative}`);
    const staged = fsPath(join(stageRoot, 'new'), relative);
    if (!existsSync(staged)) continue;
    const target = fsPath(outDir, relative);
    mkdirSync(dirname(target), { recursive: true });
    keepAside(target, fsPath(join(stageRoot, 'old'), relative));
    renameSync(staged, target);
    touched.add(dirname(target));
  }
  step('sync folders');
  syncDirs([...touched]);
}

/** Keeps the version DIR holds (a hard link costs nothing) so a failed swap can put it back. */
function keepAside(target: string, aside: string): void {
  if (!existsSync(target) || existsSync(aside)) return;
  mkdirSync(dirname(aside), { recursive: true });
  try {
    linkSync(target, aside);
  } catch {
    copyFileSync(target, aside);
  }
}

function backward(stageRoot: string, outDir: string, record: SwapRecord): void {
  if (record.mode === 'swap') {
    if (record.outDirExisted && !existsSync(outDir)) mkdirSync(outDir);
    return;
  }
  for (const { path: relative, replaces } of [...record.staged].reverse()) {
    const target = fsPath(outDir, relative);
    const aside = fsPath(join(stageRoot, 'old'), relative);
    if (replaces && existsSync(aside)) renameSync(aside, target);
    else if (!replaces && !existsSync(fsPath(join(stageRoot, 'new'), relative)) && existsSync(target)) {
      rmSync(target, { force: true });
      removeIfEmpty(dirname(target), outDir);
    }
  }
  for (const relative of record.removals) {
    const aside = fsPath(join(stageRoot, 'old'), relative);
    if (existsSync(aside)) renameSync(aside, fsPath(outDir, relative));
  }
  syncDirs([outDir]);
}

/** A folder the swap made in DIR (`actors/` for the first actor page), once empty again. */
function removeIfEmpty(dir: string, outDir: string): void {
  if (dir === outDir) return;
  try {
    rmdirSync(dir);
  } catch {
    // Not empty: other pages are in it.
  }
}

/** The record goes first, so a working folder half removed is never taken for a swap to finish. */
function removeWorkingFolder(stageRoot: string): void {
  step('remove working folder');
  rmSync(join(stageRoot, FORWARD), { force: true });
  rmSync(join(stageRoot, BACKWARD), { force: true });
  rmSync(stageRoot, { recursive: true, force: true });
}
