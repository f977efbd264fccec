/**
 * Exports the journal's reviews as a static site, in three steps:
 *
 * 1. planning (plan.ts): from the journal's light rows and the earlier export's
 *    manifest, every file of the site with the key of what it is made from, and
 *    which are already in DIR as they would be made now;
 * 2. rendering (render-site.ts): only the pages that are not, with the same
 *    house-format components the app's preview uses, here or on rendering threads
 *    (render-pool.ts); review text is read only for the pages drawn;
 * 3. writing (output-dir.ts): each file hashed, and staged only when its bytes
 *    changed, then swapped into DIR so that DIR only ever holds a whole site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalError, notFound } from '../common/errors';
import type { ReviewPicture } from '../common/house-format/model';
import type { Journal } from '../journal';
import { ExportFiles } from './export-files';
import { renderFeed } from './feed';
import { renderFingerprint } from './fingerprint';
import { hashOf, MANIFEST_VERSION, type ExportManifest, manifestText, rememberManifest, sameScope } from './manifest';
import { inspectOutputDir, type OutputDirState, SiteWriter } from './output-dir';
import { cancelled, Pace, pause, type ExportProgress } from './pace';
import { findPictures } from './pictures';
import { FEED, planExport, type ExportPlan, type Published, SITEMAP, STYLE } from './plan';
import { readPlanRows, type PlanRows } from './journal-rows';
import { type IndexedDrama, readHouseReviews, readMentioning } from './read-journal';
import { PARALLEL_MIN_PAGES, RenderPool, renderThreadCount } from './render-pool';
import { SiteRenderer } from './render-site';
import { renderSitemap } from './sitemap';
import { SITE_CSS } from './style';
import { describeReview } from './describe';

export type { ExportProgress } from './pace';

export interface ExportOptions {
  /** Drafts are left out unless asked for. */
  includeDrafts?: boolean;
  /** `Export This Review…`: a site holding this one review. */
  onlyDramaId?: number;
  /** Called as files settle (at the start, every few hundred pages, at the end); a returned promise holds the export at its next pause until it settles. */
  onProgress?: (progress: ExportProgress) => void | Promise<void>;
  /** Aborting stops the export before anything in DIR changes. */
  signal?: AbortSignal;
  /**
   * Replaces the journal's own pictures of each review: `src` is a file to copy into `images/`.
   * Left out, the export takes the pictures saved with the reviews.
   */
  pictures?: (dramaId: number) => readonly ReviewPicture[];
  /**
   * Threads rendering review pages beside this one. Left out: one per further
   * CPU (see render-pool.ts), when an export renders more than PARALLEL_MIN_PAGES
   * review pages. 0: every page on this thread. A number: that many threads,
   * waited for and used whatever the size (tests compare the bytes both ways).
   */
  renderThreads?: number;
}

export interface ExportResult {
  outDir: string;
  /** HTML pages in the export: one per review, per actor and per year, plus the lists and the actors index. */
  pages: number;
  /** Files written by this export. */
  written: number;
  /** Files already up to date, left untouched. */
  unchanged: number;
  /** Files of the earlier export no longer part of the site, deleted. */
  removed: number;
  /** Files of the earlier export no longer part of the site but changed by someone since: left in place. */
  kept: string[];
  /** Review pages rendered by other threads (render-pool.ts); 0 when all were rendered on the calling thread. */
  renderedOnThreads: number;
  /** What the export left out and why (a picture that is a symbolic link), one sentence each. */
  notes: string[];
}

/**
 * Exports the journal to `outDir`. Resolves with what was written; rejects with
 * a JournalError (`cancelled` when aborted) and then DIR is exactly as before.
 */
export async function exportSite(journal: Journal, outDir: string, options: ExportOptions = {}): Promise<ExportResult> {
  if (options.signal?.aborted) throw cancelled();
  const state = inspectOutputDir(outDir);
  const scope: ExportManifest['scope'] = options.onlyDramaId === undefined ? 'site' : { dramaId: options.onlyDramaId };
  refuseOtherScope(state, scope);
  const threads = new Threads(options.renderThreads);
  let writer: SiteWriter | null = null;
  try {
    const rows = readPlanRows(journal);
    const published = selectPublished(journal, rows.dramas, options);
    // Threads take a while to start: for what will surely be a large full export, start them now, while the plan is made.
    if (!state.previous && published.length > PARALLEL_MIN_PAGES) threads.start();
    await pause();
    if (options.signal?.aborted) throw cancelled();
    const { plan, notes } = planFrom(journal, state, scope, rows, published, options);
    const toRender = reviewsToRender(journal, plan);
    const pool = await threads.forPages(toRender.length, plan);
    const files = new ExportFiles(fileCount(plan));
    const pace = new Pace(files, options.signal, options.onProgress);
    writer = SiteWriter.begin(state);
    pace.progress();
    copyPictures(plan, writer, files);
    keepCurrent(plan, files, new Set(toRender));
    const renderer = new SiteRenderer({ journal, plan, reviews: toRender, writer, files, pool, pace });
    await renderer.run();
    await threads.close();
    writeFeedAndFiles(journal, plan, renderer, files);
    pace.progress();
    const { removed, kept } = removeRetired(plan, state, writer);
    pace.check();
    const manifest: ExportManifest = {
      generator: 'Dramalog',
      formatVersion: MANIFEST_VERSION,
      scope,
      includeDrafts: options.includeDrafts ?? false,
      sharedKey: plan.sharedKey,
      links: plan.links,
      slugs: plan.publishedSlugs,
      files: files.entries,
    };
    // Nothing to change in DIR, not even the manifest: leave it as it is.
    if (files.written === 0 && removed === 0 && sameManifest(state.previous, manifest)) await writer.abandon();
    else {
      await writer.commit(manifestText(manifest));
      rememberManifest(state.outDir, manifest);
    }
    const pages = plan.reviews.length + plan.lists.length + plan.described.length;
    const { written, renderedOnThreads } = files;
    return { outDir: state.outDir, pages, written, unchanged: Object.keys(files.entries).length - written, removed, kept, renderedOnThreads, notes };
  } catch (error) {
    // Threads first: nothing may write into the staging folder once it is being removed.
    await threads.close();
    await writer?.abandon();
    throw error;
  }
}

/** Whether the manifest DIR holds already says exactly this. */
function sameManifest(previous: ExportManifest | null, next: ExportManifest): boolean {
  if (!previous || previous.formatVersion !== next.formatVersion || previous.sharedKey !== next.sharedKey) return false;
  if (previous.includeDrafts !== next.includeDrafts || !sameScope(previous.scope, next.scope)) return false;
  const sameRecords = <T>(a: Record<string, T>, b: Record<string, T>, same: (x: T, y: T) => boolean) => {
    const keys = Object.keys(b);
    return Object.keys(a).length === keys.length && keys.every((key) => key in a && same(a[key], b[key]));
  };
  return (
    previous.links.length === next.links.length &&
    previous.links.every(([phrase, href], i) => phrase === next.links[i][0] && href === next.links[i][1]) &&
    sameRecords(previous.slugs ?? {}, next.slugs ?? {}, (x, y) => x === y) &&
    sameRecords(previous.files, next.files, (x, y) => x.hash === y.hash && x.key === y.key)
  );
}

/** The export's rendering threads, if any: started early for a large full export, kept only when there are pages enough. */
class Threads {
  private pool: RenderPool | null = null;
  private readonly count: number;
  /** Asked for threads: use them, even for a few pages (the tests compare their pages with these). */
  private readonly forced: boolean;

  constructor(asked: number | undefined) {
    this.count = asked ?? renderThreadCount();
    this.forced = asked !== undefined && asked > 0;
  }

  start(): void {
    if (!this.pool && this.count > 0) this.pool = RenderPool.start(this.count);
  }

  /** The pool to render `pages` review pages with, or null to render them all here. */
  async forPages(pages: number, plan: ExportPlan): Promise<RenderPool | null> {
    if (this.forced || pages > PARALLEL_MIN_PAGES) this.start();
    else await this.close();
    this.pool?.setSite({ siteTitle: plan.siteTitle, baseUrl: plan.baseUrl, links: plan.links });
    if (this.forced) await this.pool?.whenReady();
    return this.pool;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}

function refuseOtherScope(state: OutputDirState, scope: ExportManifest['scope']): void {
  const previous = state.previous;
  if (!previous || sameScope(previous.scope, scope)) return;
  throw new JournalError(
    'conflict',
    previous.scope === 'site'
      ? `${state.outDir} holds the whole site; export this review to another folder`
      : `${state.outDir} holds a single review's export; export the site to another folder`,
  );
}

/** Which dramas this export covers, refusing a single review that cannot be exported. */
function selectPublished(journal: Journal, index: readonly IndexedDrama[], options: ExportOptions): Published[] {
  const includeDrafts = options.includeDrafts ?? false;
  const reviewed = index.filter((d): d is Published => d.review !== null);
  if (options.onlyDramaId === undefined) return reviewed.filter((d) => includeDrafts || d.review.state === 'final');
  const id = options.onlyDramaId;
  const drama = reviewed.find((d) => d.id === id);
  if (!drama) throw notFound(`${journal.dramas.get(id).title} has no review to export`);
  if (drama.review.state === 'draft' && !includeDrafts) {
    throw new JournalError('invalid-input', `the review of ${drama.title} is a draft; include drafts to export it`);
  }
  return [drama];
}

/** Reads what planning needs besides the index, and plans. */
function planFrom(
  journal: Journal,
  state: OutputDirState,
  scope: ExportManifest['scope'],
  rows: PlanRows,
  published: readonly Published[],
  options: ExportOptions,
): { plan: ExportPlan; notes: string[] } {
  const settings = journal.settings.get();
  const siteTitle = settings.siteTitle;
  const baseUrl = settings.siteUrl ? (settings.siteUrl.endsWith('/') ? settings.siteUrl : `${settings.siteUrl}/`) : null;
  const pictures = findPictures(journal, published, options.pictures);
  const plan = planExport({
    outDir: state.outDir,
    scope,
    includeDrafts: options.includeDrafts ?? false,
    siteTitle,
    baseUrl,
    pageFormat: renderFingerprint(siteTitle, baseUrl),
    dramas: rows.dramas,
    published,
    credits: rows.credits,
    pictures: pictures.byDrama,
    previous: state.previous,
    onDisk: state.exists ? filesOnDisk(state.outDir) : new Set(),
  });
  return { plan, notes: pictures.notes };
}

/** Review pages to draw: those not current, and those whose text may name a review or actor that was added, renamed or removed. */
function reviewsToRender(journal: Journal, plan: ExportPlan) {
  const mentioning = plan.linkChanges.length ? readMentioning(journal, plan.linkChanges) : new Set<number>();
  return plan.reviews.filter((job) => !job.current || mentioning.has(job.drama.id));
}

function fileCount(plan: ExportPlan): number {
  return plan.reviews.length + plan.pictures.length + plan.lists.length + plan.described.length + (plan.sitemap ? 3 : 2);
}

function copyPictures(plan: ExportPlan, writer: SiteWriter, files: ExportFiles): void {
  for (const job of plan.reviews) {
    for (const picture of job.pictures) {
      const current = plan.recorded(picture.path)?.hash === picture.hash;
      if (!current) {
        try {
          writer.copy(picture.path, picture.source);
        } catch (error) {
          throw new JournalError('invalid-input', `a picture in ${job.drama.title} cannot be copied from ${picture.source}: ${(error as Error).message}`);
        }
      }
      files.settle(picture.path, picture.hash, picture.hash, !current);
    }
  }
}

/** Pages DIR already holds as they would be made now: recorded as they are. */
function keepCurrent(plan: ExportPlan, files: ExportFiles, drawn: ReadonlySet<unknown>): void {
  for (const page of [...plan.lists, ...plan.described]) if (page.current) files.keep(page.path, plan.recorded(page.path)!);
  for (const job of plan.reviews) if (!drawn.has(job)) files.keep(job.path, plan.recorded(job.path)!);
}

function writeFeedAndFiles(journal: Journal, plan: ExportPlan, renderer: SiteRenderer, files: ExportFiles): void {
  renderer.put(STYLE, SITE_CSS, '');
  if (plan.feed.current) files.keep(FEED, plan.recorded(FEED)!);
  else {
    // A review deleted since the export began is left out.
    const reviews = readHouseReviews(journal, plan.feed.newest.map((job) => job.drama.id));
    const entries = plan.feed.newest.flatMap((job) => {
      const review = reviews.get(job.drama.id);
      if (!review) return [];
      const { createdAt: published, updatedAt: updated } = job.drama.review;
      return [{ id: job.drama.id, title: review.title, nativeTitle: review.nativeTitle, path: job.path, summary: describeReview(review), author: review.reviewer.name, published, updated }];
    });
    renderer.put(FEED, renderFeed({ siteTitle: plan.siteTitle, baseUrl: plan.baseUrl, entries }), plan.feed.key);
  }
  if (plan.baseUrl && plan.sitemap) renderer.put(SITEMAP, renderSitemap(plan.baseUrl, plan.sitemap), '');
}

/** Files of the earlier export no longer part of the site: removed, unless someone changed them since. */
function removeRetired(plan: ExportPlan, state: OutputDirState, writer: SiteWriter): { removed: number; kept: string[] } {
  let removed = 0;
  const kept: string[] = [];
  for (const path of plan.retired) {
    if (hashOf(readFileSync(join(state.outDir, ...path.split('/')))) === plan.recorded(path)!.hash) {
      writer.remove(path);
      removed += 1;
    } else kept.push(path);
  }
  return { removed, kept: kept.sort() };
}

/** Folders an export writes into; files elsewhere below DIR are never the export's. */
const EXPORT_FOLDERS = new Set(['reviews', 'images', 'actors', 'year']);

/** Paths of the files already in DIR, from its top folder and the folders exports write to. */
function filesOnDisk(outDir: string): Set<string> {
  const found = new Set<string>();
  const visit = (relative: string) => {
    for (const entry of readdirSync(relative ? join(outDir, relative) : outDir, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isFile()) found.add(path);
      else if (entry.isDirectory() && !relative && EXPORT_FOLDERS.has(entry.name)) visit(path);
    }
  };
  visit('');
  return found;
}
