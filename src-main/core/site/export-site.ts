/**
 * Exports the journal's reviews as a static site (see output-dir.ts for how
 * DIR is kept whole, manifest.ts for how a re-export finds what changed).
 *
 * Each page is rendered once, with the same house-format components the app's
 * preview uses; what every page shares (settings, the cross-link table, the
 * stylesheet) is worked out once per export. A re-export renders only pages
 * whose journal data changed, plus pages naming a review that was added,
 * renamed or removed, and writes only files whose bytes changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createElement } from 'react';
import { JournalError, notFound } from '../errors';
import { createPhraseLinker, type PhraseLinker } from '../house-format/linkify';
import type { HouseReview, ReviewPicture } from '../house-format/model';
import type { Journal } from '../journal';
import { describeReview } from './describe';
import { FEED_SIZE, renderFeed, type FeedEntry } from './feed';
import { buildLists } from './lists';
import { MANIFEST_VERSION, type ExportManifest, type ManifestFile, hashOf, manifestText, sameScope } from './manifest';
import { inspectOutputDir, SiteWriter } from './output-dir';
import { LIST_PAGES, ListPage, type ListPageName } from './pages/ListPage';
import { ReviewPage } from './pages/ReviewPage';
import { readAllTitles, readReviewedDramas, readReviewTexts, type ReviewedDrama, type ReviewText } from './read-journal';
import { renderFingerprint } from './fingerprint';
import { renderDocument } from './render';
import { renderSitemap } from './sitemap';
import { assignSlugs } from './slugs';
import { SITE_CSS } from './style';

const BATCH = 256;

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportOptions {
  /** Drafts are left out unless asked for. */
  includeDrafts?: boolean;
  /** `Export This Review…`: a site holding this one review. */
  onlyDramaId?: number;
  /** Called as files are settled, at least once per few hundred pages and once at the end. */
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting stops the export before anything in DIR changes. */
  signal?: AbortSignal;
  /**
   * The pictures of a review, `src` being a file to copy into `images/`.
   * (The journal does not store pictures yet; the editor will.)
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

interface SiteContext {
  siteTitle: string;
  /** The site's address ending in `/`, or null. */
  baseUrl: string | null;
  linker: PhraseLinker;
}

interface ReviewPageJob {
  drama: ReviewedDrama;
  slug: string;
  path: string;
  key: string;
  pictures: { picture: ReviewPicture; path: string; source: string; hash: string }[];
}

const cancelled = () => new JournalError('cancelled', 'the export was cancelled; the folder was left as it was');
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

function baseUrlOf(siteUrl: string | null): string | null {
  if (!siteUrl) return null;
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/** The house-format review of a drama, from its list row and its text. */
function houseReview(drama: ReviewedDrama, text: ReviewText): HouseReview {
  return {
    title: drama.title,
    nativeTitle: drama.nativeTitle,
    platforms: drama.platforms,
    aired: drama.aired,
    episodes: drama.episodes,
    genres: drama.genres,
    grade: drama.grade,
    reviewer: drama.reviewer,
    ...text,
  };
}

function renderReviewPage(job: ReviewPageJob, text: ReviewText, site: SiteContext): string {
  const ownHref = `${job.slug}.html`;
  const pictures = job.pictures.map(({ picture, path }) => ({ ...picture, src: `../${path}` }));
  const firstPicture = job.pictures[0];
  return renderDocument(
    createElement(ReviewPage, {
      review: houseReview(job.drama, text),
      siteTitle: site.siteTitle,
      description: describeReview(text),
      canonical: site.baseUrl ? `${site.baseUrl}${job.path}` : null,
      ogImage: site.baseUrl && firstPicture ? `${site.baseUrl}${firstPicture.path}` : null,
      pictures,
      linkText: (paragraph) => site.linker.link(paragraph, { skip: (href) => href === ownHref }),
    }),
  );
}

/** Which dramas this export covers, refusing a single review that cannot be exported. */
function selectDramas(journal: Journal, options: ExportOptions): ReviewedDrama[] {
  const includeDrafts = options.includeDrafts ?? false;
  if (options.onlyDramaId === undefined) return readReviewedDramas(journal, { includeDrafts });
  const id = options.onlyDramaId;
  const drama = readReviewedDramas(journal, { includeDrafts: true }).find((d) => d.id === id);
  if (!drama) throw notFound(`${journal.dramas.get(id).title} has no review to export`);
  if (drama.state === 'draft' && !includeDrafts) {
    throw new JournalError('invalid-input', `the review of ${drama.title} is a draft; include drafts to export it`);
  }
  return [drama];
}

function picturesOf(drama: ReviewedDrama, slug: string, options: ExportOptions): ReviewPageJob['pictures'] {
  return (options.pictures?.(drama.id) ?? []).map((picture, index) => {
    let content: Buffer;
    try {
      content = readFileSync(picture.src);
    } catch (error) {
      throw new JournalError('invalid-input', `the picture ${picture.src} in ${drama.title} cannot be read: ${(error as Error).message}`);
    }
    const extension = extname(picture.src).toLowerCase().replace(/[^.a-z0-9]/g, '');
    return { picture, path: `images/${slug}-${index + 1}${extension}`, source: picture.src, hash: hashOf(content) };
  });
}

/** Titles whose link target appeared, vanished or moved between two exports. */
function changedLinkPhrases(before: readonly [string, string][], after: readonly [string, string][]): string[] {
  const key = ([phrase, href]: [string, string]) => `${phrase}\u0000${href}`;
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  const changed = new Set<string>();
  for (const pair of before) if (!now.has(key(pair))) changed.add(pair[0]);
  for (const pair of after) if (!old.has(key(pair))) changed.add(pair[0]);
  return [...changed];
}

function mentionsAny(text: ReviewText, phrases: readonly string[]): boolean {
  return [text.intro, text.story, text.closing].some((section) =>
    section.some((paragraph) => phrases.some((phrase) => paragraph.includes(phrase))),
  );
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
  const dramas = selectDramas(journal, options);
  const slugs = assignSlugs(readAllTitles(journal));
  const links: [string, string][] = dramas
    .map((d): [string, string] => [d.title, `${slugs.get(d.id)}.html`])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  const site: SiteContext = {
    siteTitle: settings.siteTitle,
    baseUrl: baseUrlOf(settings.siteUrl),
    linker: createPhraseLinker(links.map(([phrase, href]) => ({ phrase, href }))),
  };
  // What every page depends on besides its own data: settings, and how pages look (see fingerprint.ts).
  const sharedKey = hashOf(
    JSON.stringify([MANIFEST_VERSION, site.siteTitle, site.baseUrl, renderFingerprint(site.siteTitle, site.baseUrl)]),
  );

  const jobs: ReviewPageJob[] = dramas.map((drama) => {
    const slug = slugs.get(drama.id)!;
    const pictures = picturesOf(drama, slug, options);
    const key = hashOf(
      JSON.stringify([drama.id, drama.dramaUpdatedAt, drama.reviewUpdatedAt, drama.state, slug, pictures.map((p) => [p.picture, p.hash])]),
    );
    return { drama, slug, path: `reviews/${slug}.html`, key, pictures };
  });
  const listPages = Object.keys(LIST_PAGES) as ListPageName[];
  const otherFiles = ['style.css', 'feed.xml', ...(site.baseUrl ? ['sitemap.xml'] : [])];
  const outputPaths = [
    ...jobs.map((j) => j.path),
    ...jobs.flatMap((j) => j.pictures.map((p) => p.path)),
    ...listPages,
    ...otherFiles,
  ];

  // Files already in DIR: what the earlier export wrote, and anything the user put there.
  const onDisk = new Set<string>();
  if (state.exists) {
    for (const entry of readdirSync(state.outDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const dir = entry.parentPath ?? (entry as unknown as { path: string }).path;
      onDisk.add(join(dir, entry.name).slice(state.outDir.length + 1).split(/[\\/]/).join('/'));
    }
    for (const path of outputPaths) {
      if (onDisk.has(path) && !previous?.files[path]) {
        throw new JournalError(
          'conflict',
          `${join(state.outDir, path)} was not written by Dramalog; move it out of the folder and export again`,
        );
      }
    }
  }
  const recorded = (path: string): ManifestFile | null => (onDisk.has(path) && previous?.files[path]) || null;

  const total = outputPaths.length;
  let done = 0;
  const progress = () => options.onProgress?.({ done, total });
  const files: Record<string, ManifestFile> = {};
  let written = 0;
  const writer = SiteWriter.begin(state);
  try {
    progress();
    /** Stages a file unless DIR already holds exactly these bytes. */
    const put = (path: string, content: string, key: string) => {
      const hash = hashOf(content);
      files[path] = { hash, key };
      if (recorded(path)?.hash !== hash) {
        writer.write(path, content);
        written += 1;
      }
      done += 1;
    };
    const keep = (path: string) => {
      files[path] = recorded(path)!;
      done += 1;
    };

    // A page made from the same data, with the same settings and page code, would come out the same.
    const trustKeys = previous !== null && previous.formatVersion === MANIFEST_VERSION && previous.sharedKey === sharedKey;
    const linkChanges = trustKeys ? changedLinkPhrases(previous!.links, links) : [];

    for (let start = 0; start < jobs.length; start += BATCH) {
      if (signal?.aborted) throw cancelled();
      const batch = jobs.slice(start, start + BATCH);
      const unchanged = (job: ReviewPageJob) => trustKeys && recorded(job.path)?.key === job.key;
      const needText = batch.filter((job) => !unchanged(job) || linkChanges.length > 0);
      const texts = needText.length ? readReviewTexts(journal, needText.map((job) => job.drama.id)) : new Map<number, ReviewText>();
      for (const job of batch) {
        for (const picture of job.pictures) {
          files[picture.path] = { hash: picture.hash, key: picture.hash };
          if (recorded(picture.path)?.hash !== picture.hash) {
            writer.copy(picture.path, picture.source);
            written += 1;
          }
          done += 1;
        }
        const text = texts.get(job.drama.id);
        if (unchanged(job) && (!text || !mentionsAny(text, linkChanges))) {
          keep(job.path);
          continue;
        }
        if (!text) throw new JournalError('conflict', `the review of ${job.drama.title} was removed during the export; export again`);
        put(job.path, renderReviewPage(job, text, site), job.key);
      }
      progress();
      await pause();
    }

    const lists = buildLists(dramas, (drama) => `reviews/${slugs.get(drama.id)}.html`);
    for (const page of listPages) {
      const key = hashOf(JSON.stringify([sharedKey, page, lists[page]]));
      if (trustKeys && recorded(page)?.key === key) keep(page);
      else {
        put(
          page,
          renderDocument(
            createElement(ListPage, {
              page,
              siteTitle: site.siteTitle,
              groups: lists[page],
              total: dramas.length,
              canonical: site.baseUrl ? `${site.baseUrl}${page === 'index.html' ? '' : page}` : null,
            }),
          ),
          key,
        );
      }
    }

    put('style.css', SITE_CSS, hashOf(SITE_CSS));
    put('feed.xml', renderFeed({ siteTitle: site.siteTitle, baseUrl: site.baseUrl, entries: feedEntries(journal, jobs) }), '');
    if (site.baseUrl) {
      const pages = [
        ...listPages.map((path) => ({ path: path === 'index.html' ? '' : path, lastModified: null })),
        ...jobs.map((job) => ({
          path: job.path,
          lastModified: job.drama.reviewUpdatedAt > job.drama.dramaUpdatedAt ? job.drama.reviewUpdatedAt : job.drama.dramaUpdatedAt,
        })),
      ];
      put('sitemap.xml', renderSitemap(site.baseUrl, pages), '');
    }
    for (const path of Object.keys(files)) files[path].key ||= files[path].hash;
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
    const manifest: ExportManifest = {
      generator: 'Dramalog',
      formatVersion: MANIFEST_VERSION,
      scope,
      includeDrafts,
      sharedKey,
      links,
      files,
    };
    writer.commit(manifestText(manifest));
    return {
      outDir: state.outDir,
      pages: jobs.length + listPages.length,
      written,
      unchanged: Object.keys(files).length - written,
      removed,
      kept: kept.sort(),
    };
  } catch (error) {
    writer.abandon();
    throw error;
  }
}

/** The newest reviews, newest first by when the review was last saved. */
function feedEntries(journal: Journal, jobs: readonly ReviewPageJob[]): FeedEntry[] {
  const newest = [...jobs]
    .sort((a, b) =>
      a.drama.reviewUpdatedAt === b.drama.reviewUpdatedAt
        ? b.drama.id - a.drama.id
        : a.drama.reviewUpdatedAt < b.drama.reviewUpdatedAt
          ? 1
          : -1,
    )
    .slice(0, FEED_SIZE);
  const texts = readReviewTexts(journal, newest.map((job) => job.drama.id));
  return newest.map((job) => ({
    id: job.drama.id,
    title: job.drama.title,
    nativeTitle: job.drama.nativeTitle,
    path: job.path,
    summary: describeReview(texts.get(job.drama.id) ?? { intro: [], story: [], closing: [] }),
    author: job.drama.reviewer.name,
    published: job.drama.reviewCreatedAt,
    updated: job.drama.reviewUpdatedAt,
  }));
}
