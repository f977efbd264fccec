/**
 * Publish: the site brought up to date on this computer, then sent to each target. Only what
 * changed since the last publish to a target is uploaded, what Dramalog published there and no
 * longer writes is deleted, and nothing it did not publish is touched (the target's record,
 * publish-repository.ts). An interrupted publish is finished by the next one: a path is claimed
 * in the record before its upload starts and confirmed once it is live, so the next publish
 * uploads it again and removes any part file it left.
 */
import { basename, dirname, extname, join } from 'node:path';
import { JournalError } from '../common/errors';
import type { PublishResult } from '../common/model';
import { parseTargetUrl } from '../common/publish-address';
import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import { exportSite } from '../site/export-site';
import { readManifest, recordedFiles } from '../site/manifest';
import type { PublishConnection } from './connection';
import { connectTo } from './drivers';
import { foldersOf, planPublish, type PublishPlan } from './publish-plan';
import type { StoredTarget } from './publish-repository';

export interface PublishOptions {
  /** One target by name; left out, every target in turn. */
  name?: string;
  /** List what would be uploaded and deleted: the site is built, no server is contacted, nothing is recorded. */
  dryRun?: boolean;
  signal?: AbortSignal;
  /** Progress as the site is built, then as files are uploaded; a promise holds the publish at its next file. */
  onProgress?: (progress: PublishProgress) => void | Promise<void>;
}

export interface PublishProgress {
  done: number;
  total: number;
  /** What is happening, in a few words: "Building the site", "Uploading to Host". */
  message: string;
}

/** Confirmations are written to the journal in batches: a file confirmed but not yet written is only uploaded again. */
const CONFIRM_BATCH = 200;

/** Dramalog's own folder beside the journal for publishing: the site as last built, and a git target's clone. */
export function publishDirFor(journalPath: string): string {
  const name = basename(journalPath, extname(journalPath)) || basename(journalPath);
  return join(dirname(journalPath), `${name}.publish`);
}

/**
 * Publishes the site to the named target, or to every target; one result per target, in order.
 * To every target, a target that refuses gets its `failure` in its result and the others go on.
 */
export async function publish(journal: Journal, host: Host, options: PublishOptions = {}): Promise<PublishResult[]> {
  const targets = options.name === undefined ? journal.publishing.list() : [journal.publishing.byName(options.name)];
  if (!targets.length) throw new JournalError('not-found', 'There is nowhere to publish to yet: add a publish target first (a folder, an SFTP or FTPS server, or a git branch).', { field: 'name' });
  if (!options.dryRun) journal.assertWritable();
  const signal = options.signal ?? new AbortController().signal;
  const report = options.onProgress ?? (() => {});
  const site = await buildSite(journal, signal, report);
  const results: PublishResult[] = [];
  for (const target of targets) {
    const plan = planPublish(site.files, journal.publishing.record(target.id));
    const result = { target: target.name, url: target.url, dryRun: options.dryRun === true, uploaded: plan.upload, deleted: plan.remove, unchanged: plan.unchanged, notes: site.notes };
    if (!options.dryRun) {
      try {
        await publishTo(journal, host, target, site.dir, site.files, plan, signal, report);
      } catch (error) {
        // Publishing everywhere carries on past a server that refuses (one being down should not keep the
        // site from the others); a cancel stops it all, and anything unforeseen is thrown as it is.
        if (targets.length === 1 || !(error instanceof JournalError) || error.code === 'cancelled') throw error;
        results.push({ ...result, uploaded: [], deleted: [], unchanged: [], failure: error.toData() });
        continue;
      }
    }
    results.push(result);
  }
  return results;
}

/** The whole site (final reviews only), exported into Dramalog's publish folder: incremental, as any export. */
async function buildSite(journal: Journal, signal: AbortSignal, report: (progress: PublishProgress) => void | Promise<void>) {
  const dir = join(publishDirFor(journal.path), 'site');
  const exported = await exportSite(journal, dir, {
    signal,
    onProgress: ({ done, total }) => report({ done, total, message: 'Building the site' }),
  });
  const manifest = readManifest(dir);
  if (!manifest) throw new JournalError('internal', `the site built in ${dir} has no manifest`);
  const files = new Map<string, string>();
  for (const [path, file] of recordedFiles(manifest)) files.set(path, file.hash);
  return { dir, files, notes: exported.notes };
}

async function publishTo(
  journal: Journal,
  host: Host,
  target: StoredTarget,
  siteDir: string,
  site: ReadonlyMap<string, string>,
  plan: PublishPlan,
  signal: AbortSignal,
  report: (progress: PublishProgress) => void | Promise<void>,
): Promise<void> {
  const records = journal.publishing;
  const total = plan.upload.length + plan.remove.length;
  const message = `Publishing to ${target.name}`;
  await report({ done: 0, total, message });
  const { connection, hostKey } = await connectTo({
    address: parseTargetUrl(target.url),
    secret: await host.publishSecret(target.secretId),
    keyFile: target.keyFile,
    hostKey: target.hostKey,
    workDir: join(publishDirFor(journal.path), `target-${target.secretId}`),
    signal,
  });
  try {
    if (hostKey !== null && target.hostKey === null) journal.transaction(() => records.pinHostKey(target.id, hostKey));
    await clearLeftovers(journal, target, connection, plan.leftoverParts);
    await refuseForeignFiles(connection, plan.fresh, target);
    journal.transaction(() => records.claim(target.id, plan.upload));
    const confirmed = new Confirmations(journal, target, connection.liveEachFile);
    let done = 0;
    try {
      await inParallel(plan.upload, connection.parallel, async (path) => {
        if (signal.aborted) throw cancelled(target);
        await connection.put(path, join(siteDir, ...path.split('/')));
        confirmed.uploaded(path, site.get(path)!);
        await report({ done: ++done, total, message });
      });
      for (const path of plan.remove) {
        if (signal.aborted) throw cancelled(target);
        await connection.remove(path);
        confirmed.removed(path);
        await report({ done: ++done, total, message });
      }
      if (total > 0) await connection.finish(`Publish from Dramalog: ${plan.upload.length} updated, ${plan.remove.length} removed`);
      confirmed.live();
    } finally {
      confirmed.flush();
    }
    journal.transaction(() => records.publishedAt(target.id));
  } finally {
    await connection.close();
  }
}

/** Removes the part files an interrupted publish may have left, so none stays on the server. */
async function clearLeftovers(journal: Journal, target: StoredTarget, connection: PublishConnection, paths: readonly string[]) {
  for (const path of paths) await connection.discardPart(path);
  if (paths.length) journal.transaction(() => journal.publishing.settled(target.id, paths));
}

/** A file Dramalog would write for the first time, already there and not Dramalog's: refused before anything is sent. */
async function refuseForeignFiles(connection: PublishConnection, fresh: readonly string[], target: StoredTarget) {
  const inTheWay: string[] = [];
  for (const [folder, names] of foldersOf(fresh)) {
    const there = await connection.list(folder);
    for (const name of names) if (there.has(name)) inTheWay.push(folder ? `${folder}/${name}` : name);
  }
  if (!inTheWay.length) return;
  const shown = inTheWay.slice(0, 5).join(', ') + (inTheWay.length > 5 ? ` and ${inTheWay.length - 5} more` : '');
  throw new JournalError(
    'conflict',
    `${target.name} already has files Dramalog did not publish where the site goes: ${shown}. Dramalog never replaces files it did not put there; move or delete them, or publish to another folder. Nothing was uploaded.`,
  );
}

/**
 * What is live on the target, written to its record: at once (in batches) where each file is live
 * when put, or only after `finish` where nothing is live before (git).
 */
class Confirmations {
  private uploads: [string, string][] = [];
  private removals: string[] = [];
  private isLive: boolean;

  constructor(
    private readonly journal: Journal,
    private readonly target: StoredTarget,
    liveEachFile: boolean,
  ) {
    this.isLive = liveEachFile;
  }

  uploaded(path: string, hash: string) {
    this.uploads.push([path, hash]);
    if (this.isLive && this.uploads.length >= CONFIRM_BATCH) this.flush();
  }

  removed(path: string) {
    this.removals.push(path);
    if (this.isLive && this.removals.length >= CONFIRM_BATCH) this.flush();
  }

  /** Everything put and removed is live now (after `finish`). */
  live() {
    this.isLive = true;
  }

  flush() {
    if (!this.isLive || (!this.uploads.length && !this.removals.length)) return;
    const [uploads, removals] = [this.uploads, this.removals];
    this.uploads = [];
    this.removals = [];
    this.journal.transaction(() => {
      this.journal.publishing.confirm(this.target.id, uploads);
      this.journal.publishing.forget(this.target.id, removals);
    });
  }
}

/** Runs `work` over `items`, `parallel` at a time; the first failure stops new work, waits for the rest, and is thrown. */
async function inParallel<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, items.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

const cancelled = (target: StoredTarget) =>
  new JournalError('cancelled', `The publish to ${target.name} was cancelled; what was uploaded is live, and the next publish sends the rest.`);
