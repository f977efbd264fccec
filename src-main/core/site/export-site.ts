/**
 * Exports the journal's reviews as a static site (see output-dir.ts for how
 * DIR is kept whole, manifest.ts for how a re-export finds what changed).
 *
 * Each page is rendered once, with the same house-format components the app's
 * preview uses; what every page shares (settings, the cross-link table, the
 * stylesheet) is worked out once per export. A re-export renders only pages
 * whose journal data changed, plus pages naming a review that was added,
 * renamed or removed, and writes only files whose bytes changed. It reads one
 * light row per drama to find those; review text is read only for pages it renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createElement } from 'react';
import { JournalError, notFound } from '../errors';
import { createPhraseLinker, type PhraseLinker } from '../house-format/linkify';
import type { HouseReview, ReviewPicture } from '../house-format/model';
import type { Journal } from '../journal';
import { describeReview } from './describe';
import { FEED_SIZE, renderFeed } from './feed';
import { renderFingerprint } from './fingerprint';
import { buildLists } from './lists';
import { HASH_LENGTH, MANIFEST_VERSION, type ExportManifest, type ManifestFile, hashOf, manifestText, sameScope } from './manifest';
import { inspectOutputDir, SiteWriter } from './output-dir';
import { LIST_PAGES, ListPage, type ListPageName } from './pages/ListPage';
import { ReviewPage } from './pages/ReviewPage';
import { type IndexedDrama, readHouseReviews, readIndex, readListed, readMentioning } from './read-journal';
import { renderDocument } from './render';
import { renderSitemap } from './sitemap';
import { assignSlugs } from './slugs';
import { SITE_CSS } from './style';

/** Pages rendered per read of review text. */
const BATCH = 256;
/** Longest stretch without letting the event loop run (progress events, a cancel click). */
const SLICE_MS = 25;
/** Above this many pages to render, files are written on a second thread while the next ones render. */
const MANY_FILES = 200;

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportOptions {
  /** Drafts are left out unless asked for. */
  includeDrafts?: boolean;
  /** `Export This Review…`: a site holding this one review. */
  onlyDramaId?: number;
  /** Called as files are settled: at the start, every few hundred pages, and at the end. */
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting stops the export before anything in DIR changes. */
  signal?: AbortSignal;
  /**
   * Replaces the journal's own pictures of each review: `src` is a file to copy into `images/`.
   * Left out, the export takes the pictures saved with the reviews.
   */
  pictures?: (dramaId: number) => readonly ReviewPicture[];
}

export interface ExportResult {
  outDir: string;
  /** HTML pages in the export: one per review, plus the three lists. */
  pages: number;
  /** Files written by this export. */
  written: number;
  /** Files already up to date, left untouched. */
  unchanged: number;
  /** Files of the earlier export no longer part of the site, deleted. */
  removed: number;
  /** Files of the earlier export no longer part of the site but changed by someone since: left in place. */
  kept: string[];
}

type Published = IndexedDrama & { review: NonNullable<IndexedDrama['review']> };

interface PictureFile {
  picture: ReviewPicture;
  /** In the export: `images/soundtrack-2-1.jpg`. */
  path: string;
  source: string;
  hash: string;
}

interface ReviewPageJob {
  drama: Published;
  slug: string;
  path: string;
  key: string;
  pictures: PictureFile[];
}

interface SiteContext {
  siteTitle: string;
  /** The site's address ending in `/`, or null. */
  baseUrl: string | null;
}

const cancelled = () => new JournalError('cancelled', 'the export was cancelled; the folder was left as it was');
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function baseUrlOf(siteUrl: string | null): string | null {
  if (!siteUrl) return null;
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

function renderReviewPage(job: ReviewPageJob, review: HouseReview, site: SiteContext, linker: PhraseLinker): string {
  const ownHref = `${job.slug}.html`;
  const skip = (href: string) => href === ownHref;
  const firstPicture = job.pictures[0];
  return renderDocument(
    createElement(ReviewPage, {
      review,
      siteTitle: site.siteTitle,
      description: describeReview(review),
      canonical: site.baseUrl ? `${site.baseUrl}${job.path}` : null,
      ogImage: site.baseUrl && firstPicture ? `${site.baseUrl}${firstPicture.path}` : null,
      pictures: job.pictures.map(({ picture, path }) => ({ ...picture, src: `../${path}` })),
      linkText: (paragraph) => linker.link(paragraph, { skip }),
    }),
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

/** A kept picture's name is the SHA-256 of its bytes, so its hash needs no reading. */
const CONTENT_NAMED = /^([0-9a-f]{64})\.[a-z0-9]+$/;

function picturesOf(journal: Journal, drama: Published, slug: string, options: ExportOptions): PictureFile[] {
  const pictures: { picture: ReviewPicture; knownHash: string | null }[] = options.pictures
    ? options.pictures(drama.id).map((picture) => ({ picture, knownHash: null }))
    : drama.review.pictures.map(({ file, alt, section, afterParagraph }) => ({
        picture: { src: journal.pictures.pathOf(file), alt, section, afterParagraph },
        knownHash: CONTENT_NAMED.exec(file)?.[1].slice(0, HASH_LENGTH) ?? null,
      }));
  return pictures.map(({ picture, knownHash }, index) => {
    let hash = knownHash;
    if (!hash) {
      try {
        hash = hashOf(readFileSync(picture.src));
      } catch (error) {
        throw new JournalError('invalid-input', `the picture ${picture.src} in ${drama.title} cannot be read: ${(error as Error).message}`);
      }
    }
    const extension = extname(picture.src).toLowerCase().replace(/[^.a-z0-9]/g, '');
    return { picture, path: `images/${slug}-${index + 1}${extension}`, source: picture.src, hash };
  });
}

/** Titles whose link target appeared, vanished or moved between two exports. */
function changedLinkPhrases(before: readonly [string, string][], after: readonly [string, string][]): string[] {
  if (before.length === after.length && before.every(([p, h], i) => p === after[i][0] && h === after[i][1])) return [];
  const key = ([phrase, href]: [string, string]) => `${phrase}\u0000${href}`;
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  const changed = new Set<string>();
  for (const pair of before) if (!now.has(key(pair))) changed.add(pair[0]);
  for (const pair of after) if (!old.has(key(pair))) changed.add(pair[0]);
  return [...changed];
}

/** The `count` most recently saved reviews, newest first (ties: higher id first), without sorting them all. */
function newestFirst(jobs: readonly ReviewPageJob[], count: number): ReviewPageJob[] {
  const newer = (a: ReviewPageJob, b: ReviewPageJob) =>
    byCodeUnits(a.drama.review.updatedAt, b.drama.review.updatedAt) > 0 || (a.drama.review.updatedAt === b.drama.review.updatedAt && a.drama.id > b.drama.id);
  const top: ReviewPageJob[] = [];
  for (const job of jobs) {
    if (top.length === count && !newer(job, top[count - 1])) continue;
    let at = top.length;
    while (at > 0 && newer(job, top[at - 1])) at -= 1;
    top.splice(at, 0, job);
    if (top.length > count) top.pop();
  }
  return top;
}

/** Paths of the files already in DIR, from its top folder and the folders exports write to. */
function filesOnDisk(outDir: string): Set<string> {
  const found = new Set<string>();
  const visit = (relative: string) => {
    for (const entry of readdirSync(relative ? join(outDir, relative) : outDir, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isFile()) found.add(path);
      else if (entry.isDirectory() && !relative && (entry.name === 'reviews' || entry.name === 'images')) visit(path);
    }
  };
  visit('');
  return found;
}

/**
 * Exports the journal to `outDir`. Resolves with what was written; rejects with
 * a JournalError (`cancelled` when aborted) and then DIR is exactly as before.
 */
export async function exportSite(journal: Journal, outDir: string, options: ExportOptions = {}): Promise<ExportResult> {
  const { signal } = options;
  if (signal?.aborted) throw cancelled();
  const includeDrafts = options.includeDrafts ?? false;
  const scope: ExportManifest['scope'] = options.onlyDramaId === undefined ? 'site' : { dramaId: options.onlyDramaId };
  const state = inspectOutputDir(outDir);
  const previous = state.previous;
  if (previous && !sameScope(previous.scope, scope)) {
    throw new JournalError(
      'conflict',
      previous.scope === 'site'
        ? `${state.outDir} holds the whole site; export this review to another folder`
        : `${state.outDir} holds a single review's export; export the site to another folder`,
    );
  }

  const settings = journal.settings.get();
  const site: SiteContext = { siteTitle: settings.siteTitle, baseUrl: baseUrlOf(settings.siteUrl) };
  const index = readIndex(journal);
  const slugs = assignSlugs(index);
  const published = selectPublished(journal, index, options);
  // What every page depends on besides its own data: settings, and how pages look (see fingerprint.ts).
  const sharedKey = hashOf(
    JSON.stringify([MANIFEST_VERSION, site.siteTitle, site.baseUrl, renderFingerprint(site.siteTitle, site.baseUrl)]),
  );
  // In drama id order: where two reviewed dramas share a title, the name links to the first.
  const links: [string, string][] = published.map((d) => [d.title, `${slugs.get(d.id)}.html`]);
  let linker: PhraseLinker | null = null;
  const linkerOnce = () => (linker ??= createPhraseLinker(links.map(([phrase, href]) => ({ phrase, href }))));

  const jobs: ReviewPageJob[] = published.map((drama) => {
    const slug = slugs.get(drama.id)!;
    const pictures = picturesOf(journal, drama, slug, options);
    const key = [drama.dramaUpdatedAt, drama.review.updatedAt, drama.review.state, ...pictures.map((p) => hashOf(JSON.stringify([p.picture, p.hash])))].join(' ');
    return { drama, slug, path: `reviews/${slug}.html`, key, pictures };
  });
  const listPages = Object.keys(LIST_PAGES) as ListPageName[];
  const otherFiles = ['style.css', 'feed.xml', ...(site.baseUrl ? ['sitemap.xml'] : [])];
  const outputPaths = [...jobs.map((j) => j.path), ...jobs.flatMap((j) => j.pictures.map((p) => p.path)), ...listPages, ...otherFiles];

  // Files already in DIR: what the earlier export wrote, and anything the user put there.
  const onDisk = state.exists ? filesOnDisk(state.outDir) : new Set<string>();
  for (const path of outputPaths) {
    if (onDisk.has(path) && !previous?.files[path]) {
      throw new JournalError('conflict', `${join(state.outDir, path)} was not written by Dramalog; move it out of the folder and export again`);
    }
  }
  const recorded = (path: string): ManifestFile | null => (onDisk.has(path) && previous?.files[path]) || null;
  // A page made from the same data, with the same settings and page code, would come out the same.
  const trustKeys = previous !== null && previous.formatVersion === MANIFEST_VERSION && previous.sharedKey === sharedKey;
  const upToDate = (path: string, key: string) => trustKeys && recorded(path)?.key === key;
  // Pages that may name a review that was added, renamed or removed: their links change.
  const linkChanges = trustKeys ? changedLinkPhrases(previous!.links, links) : [];
  const mentioning = linkChanges.length ? readMentioning(journal, linkChanges) : new Set<number>();
  const toRead = jobs.filter((job) => !upToDate(job.path, job.key) || mentioning.has(job.drama.id));

  const total = outputPaths.length;
  let done = 0;
  let written = 0;
  const files: Record<string, ManifestFile> = {};
  let lastPause = performance.now();
  const progress = () => options.onProgress?.({ done, total });
  /** Lets the event loop run now and then; a cancel is noticed here. */
  const breathe = async (force = false) => {
    if (!force && performance.now() - lastPause < SLICE_MS) return;
    progress();
    await pause();
    lastPause = performance.now();
    if (signal?.aborted) throw cancelled();
  };

  const writer = SiteWriter.begin(state, { manyFiles: toRead.length > MANY_FILES });
  try {
    progress();
    /** Stages a file unless DIR already holds exactly these bytes; a key of '' means "its hash". */
    const put = (path: string, content: string, key: string) => {
      writer.stage(path, content, recorded(path)?.hash ?? null, (hash, wasWritten) => {
        files[path] = { hash, key: key || hash };
        if (wasWritten) written += 1;
      });
      done += 1;
    };
    const keep = (path: string) => {
      files[path] = recorded(path)!;
      done += 1;
    };

    // Review pages (and their pictures).
    for (const job of jobs) {
      for (const picture of job.pictures) {
        files[picture.path] = { hash: picture.hash, key: picture.hash };
        if (recorded(picture.path)?.hash !== picture.hash) {
          try {
            writer.copy(picture.path, picture.source);
          } catch (error) {
            throw new JournalError('invalid-input', `a picture in ${job.drama.title} cannot be copied from ${picture.source}: ${(error as Error).message}`);
          }
          written += 1;
        }
        done += 1;
      }
    }
    const reading = new Set(toRead);
    for (const job of jobs) if (!reading.has(job)) keep(job.path);
    for (let start = 0; start < toRead.length; start += BATCH) {
      const batch = toRead.slice(start, start + BATCH);
      const reviews = readHouseReviews(journal, batch.map((job) => job.drama.id));
      for (const job of batch) {
        const review = reviews.get(job.drama.id);
        if (!review) throw new JournalError('conflict', `the review of ${job.drama.title} was removed during the export; export again`);
        put(job.path, renderReviewPage(job, review, site, linkerOnce()), job.key);
      }
      await writer.keepUp();
      await breathe(true);
    }

    // The lists change only when a listed drama, its grade, its state or its address does.
    const listKey = hashOf(
      [sharedKey, ...jobs.map((j) => `${j.drama.id} ${j.slug} ${j.drama.dramaUpdatedAt} ${j.drama.review.grade} ${j.drama.review.state}`)].join('\n'),
    );
    const stale = listPages.filter((page) => !upToDate(page, listKey));
    for (const page of listPages) if (!stale.includes(page)) keep(page);
    if (stale.length) {
      const lists = buildLists(readListed(journal, jobs.map((j) => j.drama.id)), (drama) => `reviews/${slugs.get(drama.id)}.html`);
      for (const page of stale) {
        const canonical = site.baseUrl ? `${site.baseUrl}${page === 'index.html' ? '' : page}` : null;
        put(page, renderDocument(createElement(ListPage, { page, siteTitle: site.siteTitle, groups: lists[page], total: jobs.length, canonical })), listKey);
        await breathe();
      }
    }

    put('style.css', SITE_CSS, '');
    const newest = newestFirst(jobs, FEED_SIZE);
    const feedKey = hashOf([sharedKey, ...newest.map((j) => `${j.drama.id} ${j.slug} ${j.key}`)].join('\n'));
    if (upToDate('feed.xml', feedKey)) keep('feed.xml');
    else {
      const reviews = readHouseReviews(journal, newest.map((job) => job.drama.id));
      const entries = newest.flatMap((job) => {
        const review = reviews.get(job.drama.id);
        return review
          ? [{
              id: job.drama.id,
              title: review.title,
              nativeTitle: review.nativeTitle,
              path: job.path,
              summary: describeReview(review),
              author: review.reviewer.name,
              published: job.drama.review.createdAt,
              updated: job.drama.review.updatedAt,
            }]
          : [];
      });
      put('feed.xml', renderFeed({ siteTitle: site.siteTitle, baseUrl: site.baseUrl, entries }), feedKey);
    }
    if (site.baseUrl) {
      const pages = [
        ...listPages.map((path) => ({ path: path === 'index.html' ? '' : path, lastModified: null })),
        ...jobs.map((job) => ({
          path: job.path,
          lastModified: byCodeUnits(job.drama.review.updatedAt, job.drama.dramaUpdatedAt) > 0 ? job.drama.review.updatedAt : job.drama.dramaUpdatedAt,
        })),
      ];
      put('sitemap.xml', renderSitemap(site.baseUrl, pages), '');
    }
    await writer.flush();
    progress();

    // Files of the earlier export that are no longer part of the site.
    let removed = 0;
    const kept: string[] = [];
    for (const [path, entry] of Object.entries(previous?.files ?? {})) {
      if (files[path] || !onDisk.has(path)) continue;
      if (hashOf(readFileSync(join(state.outDir, ...path.split('/')))) === entry.hash) {
        writer.remove(path);
        removed += 1;
      } else kept.push(path);
    }

    if (signal?.aborted) throw cancelled();
    const manifest: ExportManifest = { generator: 'Dramalog', formatVersion: MANIFEST_VERSION, scope, includeDrafts, sharedKey, links, files };
    await writer.commit(manifestText(manifest));
    return {
      outDir: state.outDir,
      pages: jobs.length + listPages.length,
      written,
      unchanged: Object.keys(files).length - written,
      removed,
      kept: kept.sort(),
    };
  } catch (error) {
    await writer.abandon();
    throw error;
  }
}
