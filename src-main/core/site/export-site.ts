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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalError, notFound } from '../common/errors';
import type { ReviewPicture } from '../common/house-format/model';
import type { DramaRelease } from '../common/model';
import type { Journal } from '../journal';
import { ExportFiles } from './export-files';
import { afterSwap, filesOnDisk } from './files-on-disk';
import { renderFeed } from './feed';
import { renderFingerprint } from './fingerprint';
import { hashOf, knowFiles, MANIFEST_VERSION, type ExportManifest, manifestText, rememberManifest, sameScope } from './manifest';
import { inspectOutputDir, type OutputDirState, SiteWriter } from './output-dir';
import { cancelled, Pace, pause, type ExportProgress } from './pace';
import { type FoundPictures, findPictures } from './pictures';
import { readPublicLists } from './public-lists';
import { FEED, planExport, type ExportPlan, type Published, SITEMAP, STYLE } from './plan';
import { readPlanRows, type PlanRows } from './journal-rows';
import { type IndexedDrama, readHouseReviews, readMentioning } from './read-journal';
import { exportThreads, RenderPool, THREADS_MIN_PAGES, type ThreadRole } from './render-pool';
import { SiteRenderer } from './render-site';
import { renderSitemap } from './sitemap';
import { SITE_CSS } from './style';
import { describeReview } from './describe';
import { makeWebPictures, type PictureRequest, type WebPictures } from './web-pictures';
import { COVER_WIDTHS, PICTURE_WIDTHS } from './web-sizes';
import { canBePublished, completeRelease, missingSummary } from '../common/validation/publish-rules';

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
   * CPU, or on two CPUs one thread that only writes (see render-pool.ts,
   * exportThreads), when an export renders more than THREADS_MIN_PAGES review
   * pages. 0: every page drawn and written on this thread. A number: that many
   * rendering threads, waited for and used whatever the size (tests compare the
   * bytes both ways).
   */
  renderThreads?: number;
  /** What the threads do (render-pool.ts); left out, what suits this machine (`exportThreads`). For tests. */
  threadRole?: ThreadRole;
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
  /** Files hashed and written by other threads, whether drawn there or here (render-pool.ts). */
  writtenOnThreads: number;
  /** What the export left out and why (a picture that is a symbolic link), one sentence each. */
  notes: string[];
  /** Picture files (web sizes of pictures and covers) this export encoded; 0 when DIR held them all already. */
  encoded: number;
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
  const threads = new Threads(options.renderThreads, options.threadRole);
  let writer: SiteWriter | null = null;
  try {
    const rows = readPlanRows(journal);
    const { published, notes: leftOut } = selectPublished(journal, rows.dramas, options);
    // Threads take a while to start: for what will surely be a large full export, start them now, while the plan is made.
    if (!state.previous) threads.startFor(published.length);
    await pause();
    if (options.signal?.aborted) throw cancelled();
    const onDisk: ReadonlySet<string> = state.exists ? filesOnDisk(state.outDir) : new Set<string>();
    const staging = (writer = SiteWriter.begin(state));
    const found = findPictures(journal, published, options.pictures);
    const web = await makeWebPictures({
      requests: pictureRequests(published, found),
      previous: state.previous,
      onDisk,
      write: (path, bytes) => staging.write(path, bytes, (onDisk.has(path) && state.previous?.files[path]?.hash) || null),
      signal: options.signal,
      // Before the plan the site's other files are not counted yet: one page per review stands for them.
      onProgress: options.onProgress && ((encoded, toEncode) => options.onProgress!({ done: encoded, total: toEncode + published.length })),
    });
    const plan = planFrom(journal, state, scope, rows, published, options, onDisk, found, web);
    const notes = [...leftOut, ...found.notes, ...web.notes];
    const toRender = reviewsToRender(journal, plan);
    const pool = await threads.forPages(toRender.length, plan);
    const files = new ExportFiles(fileCount(plan));
    const pace = new Pace(files, options.signal, options.onProgress);
    pace.progress();
    settlePictures(plan, web, files);
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
      ...(Object.keys(plan.publishedListSlugs).length ? { listSlugs: plan.publishedListSlugs } : {}),
      pictures: Object.fromEntries(web.sizes),
      files: files.entries,
    };
    knowFiles(manifest, files.byPath);
    // Nothing to change in DIR, not even the manifest: leave it as it is.
    if (files.written === 0 && removed === 0 && sameManifest(state.previous, manifest)) await writer.abandon();
    else {
      const { staged, removals } = await writer.commit(manifestText(manifest));
      afterSwap(state.outDir, onDisk, staged, removals);
      rememberManifest(state.outDir, manifest);
    }
    const pages = plan.reviews.length + plan.lists.length + plan.described.length;
    const { written, renderedOnThreads, writtenOnThreads } = files;
    return { outDir: state.outDir, pages, written, unchanged: files.byPath.size - written, removed, kept, renderedOnThreads, writtenOnThreads, notes, encoded: web.encoded };
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
    sameRecords(previous.listSlugs ?? {}, next.listSlugs ?? {}, (x, y) => x === y) &&
    sameRecords(previous.pictures ?? {}, next.pictures ?? {}, (x, y) => x.join() === y.join()) &&
    sameRecords(previous.files, next.files, (x, y) => x.hash === y.hash && x.key === y.key)
  );
}

/** The export's rendering threads, if any: started early for a large full export, kept only when there are pages enough. */
class Threads {
  private pool: RenderPool | null = null;
  private readonly count: number;
  private readonly role: ThreadRole;
  /** Asked for threads: use them, even for a few pages (the tests compare their pages with these). */
  private readonly forced: boolean;

  constructor(asked: number | undefined, role: ThreadRole | undefined) {
    const suited = exportThreads();
    this.count = asked ?? suited.count;
    this.role = role ?? (asked === undefined ? suited.role : 'render');
    this.forced = asked !== undefined && asked > 0;
  }

  start(): void {
    if (!this.pool && this.count > 0) this.pool = RenderPool.start(this.count, undefined, this.role);
  }

  /** Starts the threads now when `pages` pages will surely be drawn and that many pay for them. */
  startFor(pages: number): void {
    if (this.pay(pages)) this.start();
  }

  private pay(pages: number): boolean {
    return pages > THREADS_MIN_PAGES[this.role];
  }

  /** The pool to render `pages` review pages with, or null to render them all here. */
  async forPages(pages: number, plan: ExportPlan): Promise<RenderPool | null> {
    if (this.forced || this.pay(pages)) this.start();
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

/**
 * Whether each drama row can be published (null), else the note saying what it lacks. A row
 * stands for the drama as it was read, and any change to the drama gives a re-export a new row
 * (journal-rows.ts), so a row's answer holds for as long as the row is used.
 */
const releaseChecks = new WeakMap<IndexedDrama, string | null>();

/**
 * Which dramas this export covers, refusing a single review that cannot be exported. A page
 * shows the house format's whole header, so a drama still lacking part of it (added with only
 * its title, or a field cleared after marking final) cannot be published. Exporting that one
 * review refuses, listing each missing field; the whole site leaves such reviews out, each with
 * a note naming the drama and what to fill in: one unfinished drama should not stop the rest of
 * the site from being updated, and the note tells the user exactly what to fix.
 */
function selectPublished(journal: Journal, index: readonly IndexedDrama[], options: ExportOptions): { published: Published[]; notes: string[] } {
  const includeDrafts = options.includeDrafts ?? false;
  const reviewed = index.filter((d): d is Published => d.review !== null);
  if (options.onlyDramaId === undefined) {
    const wanted = reviewed.filter((d) => includeDrafts || d.review.state === 'final');
    const unchecked = wanted.filter((d) => !releaseChecks.has(d));
    const releases = unchecked.length ? journal.dramas.releases(unchecked.map((d) => d.id)) : new Map<number, DramaRelease>();
    for (const d of unchecked) {
      const release = releases.get(d.id);
      // A drama deleted since its row was read: planning has it already, as it was.
      if (release) releaseChecks.set(d, canBePublished(release) ? null : `${missingSummary(release)}; it was left out`);
    }
    const notes: string[] = [];
    const published = wanted.filter((d) => {
      const note = releaseChecks.get(d);
      if (!note) return true;
      notes.push(note);
      return false;
    });
    return { published, notes };
  }
  const id = options.onlyDramaId;
  const drama = reviewed.find((d) => d.id === id);
  if (!drama) throw notFound(`${journal.dramas.get(id).title} has no review to export`);
  if (drama.review.state === 'draft' && !includeDrafts) {
    throw new JournalError('invalid-input', `the review of ${drama.title} is a draft; include drafts to export it`);
  }
  completeRelease(journal.dramas.get(id));
  return { published: [drama], notes: [] };
}

/** Reads what planning needs besides the index, and plans. */
function planFrom(
  journal: Journal,
  state: OutputDirState,
  scope: ExportManifest['scope'],
  rows: PlanRows,
  published: readonly Published[],
  options: ExportOptions,
  onDisk: ReadonlySet<string>,
  found: FoundPictures,
  web: WebPictures,
): ExportPlan {
  const settings = journal.settings.get();
  const siteTitle = settings.siteTitle;
  const baseUrl = settings.siteUrl ? (settings.siteUrl.endsWith('/') ? settings.siteUrl : `${settings.siteUrl}/`) : null;
  // Pictures that could not be made for the web are left out (web.notes says so).
  const made = ({ hash }: { hash: string }) => web.sizes.has(hash);
  const pictures = new Map([...found.byDrama].map(([id, list]) => [id, list.filter(made)] as const));
  return planExport({
    outDir: state.outDir,
    scope,
    includeDrafts: options.includeDrafts ?? false,
    siteTitle,
    baseUrl,
    pageFormat: renderFingerprint(siteTitle, baseUrl),
    dramas: rows.dramas,
    published,
    credits: rows.credits,
    pictures,
    covers: new Map([...found.covers].filter(([, cover]) => made(cover))),
    pictureSizes: web.sizes,
    pictureFiles: [...web.files.keys()],
    previous: state.previous,
    onDisk,
    publicLists: scope === 'site' ? readPublicLists(journal) : [],
  });
}

/** Every picture and cover the pages show, at the widths they show it. */
function pictureRequests(published: readonly Published[], found: FoundPictures): PictureRequest[] {
  const requests: PictureRequest[] = [];
  for (const drama of published) {
    const cover = found.covers.get(drama.id);
    if (cover) requests.push({ ...cover, widths: COVER_WIDTHS, describe: `The cover ${cover.source} of ${drama.title}` });
    for (const { source, hash } of found.byDrama.get(drama.id) ?? []) requests.push({ source, hash, widths: PICTURE_WIDTHS, describe: `The picture ${source} in ${drama.title}` });
  }
  return requests;
}

/** Review pages to draw: those not current, and those whose text may name a review or actor that was added, renamed or removed. */
function reviewsToRender(journal: Journal, plan: ExportPlan) {
  const mentioning = plan.linkChanges.length ? readMentioning(journal, plan.linkChanges) : new Set<number>();
  return plan.reviews.filter((job) => !job.current || mentioning.has(job.drama.id));
}

function fileCount(plan: ExportPlan): number {
  return plan.reviews.length + plan.pictures.length + plan.lists.length + plan.described.length + (plan.sitemap ? 3 : 2);
}

/** The pictures' web sizes, made already (web-pictures.ts): recorded as they are. */
function settlePictures(plan: ExportPlan, web: WebPictures, files: ExportFiles): void {
  for (const { path } of plan.pictures) {
    const made = web.files.get(path);
    if (!made) throw new JournalError('internal', `the picture file ${path} was not made`);
    if (made.written) files.settle(path, made.entry.hash, made.entry.key, true);
    else files.keep(path, made.entry);
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
  if (plan.baseUrl && plan.sitemap) {
    const sitemap = renderSitemap(plan.baseUrl, plan.sitemap);
    const recorded = plan.recorded(SITEMAP);
    // The same text as last time (the same string: a megabyte at 10,000 reviews) is not hashed again.
    if (recorded && sitemap === lastSitemap?.text && recorded.hash === lastSitemap.hash) files.keep(SITEMAP, recorded);
    else {
      renderer.put(SITEMAP, sitemap, '');
      lastSitemap = { text: sitemap, hash: files.entries[SITEMAP].hash };
    }
  }
}

let lastSitemap: { text: string; hash: string } | null = null;

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
