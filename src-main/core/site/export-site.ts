/**
 * Exports the journal's reviews as a static site (see output-dir.ts for how
 * DIR is kept whole, manifest.ts for how a re-export finds what changed).
 *
 * Each page is rendered once, with the same house-format components the app's
 * preview uses; what every page shares (settings, the link table, the
 * stylesheet) is worked out once per export. A re-export renders only pages
 * whose journal data changed, plus pages naming a review or an actor that was
 * added, renamed or removed, and writes only files whose bytes changed. It
 * reads one light row per drama (and per cast entry) to find those; review
 * text is read only for pages it renders. A full export of many reviews
 * renders them on several threads (render-pool.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createElement } from 'react';
import { JournalError, notFound } from '../common/errors';
import type { ReviewPicture } from '../common/house-format/model';
import type { Journal } from '../journal';
import { averageGrade } from '../common/grade-points';
import { type ActorPart, describeParts, siteActors, type SiteActor } from './actors';
import { byCodeUnits } from './code-units';
import { describeReview } from './describe';
import { FEED_SIZE, type FeedEntry, renderFeed } from './feed';
import { renderFingerprint } from './fingerprint';
import { buildLists, LETTERS, letterGroup, letterOf, listEntryOf } from './lists';
import { HASH_LENGTH, MANIFEST_VERSION, type ExportManifest, type ManifestFile, hashOf, manifestText, sameScope } from './manifest';
import { inspectOutputDir, SiteWriter } from './output-dir';
import type { ActorGroup } from './pages/ActorsIndexPage';
import { LIST_PAGES, ListPage, type ListPageName, type RenderedGroup } from './pages/ListPage';
import { renderEntryItems } from './pages/entry-items';
import { type ListEntry, plural } from './pages/parts';
import { type IndexedDrama, type ListedDrama, readCredits, readHouseReviews, readIndex, readListed, readMentioning, readReviewRows, readStatsRows } from './read-journal';
import { renderDocument } from './render';
import { renderPageSpec, type PageSpec } from './page-specs';
import { PARALLEL_MIN_PAGES, RenderPool, renderThreadCount } from './render-pool';
import { createReviewRenderer, type PagePicture, type ReviewRenderer, type ReviewRenderJob, type SiteShared } from './review-render';
import { renderSitemap, type SitemapPage } from './sitemap';
import { assignSlugs } from './slugs';
import { SITE_CSS } from './style';
import { describeYear, finishYear, yearEntries, yearFigures } from './years';

/** Review pages per read of review text, and per batch handed to a rendering thread. */
const BATCH = 64;
/** Longest stretch without letting the event loop run (progress events, a cancel click). */
const SLICE_MS = 25;
/** Above this many pages to render, files are written on a second thread while the next ones render. */
const MANY_FILES = 200;
const ACTORS_INDEX = 'actors/index.html';
/** List entries drawn per step (see `prepareLists`). */
const LIST_ITEMS_PER_STEP = 2000;

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
  /**
   * Threads rendering review pages beside this one. Left out: one per further
   * CPU (three at most), when an export renders more than PARALLEL_MIN_PAGES
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

/** A page besides the reviews: its path, the key of what it is made from, and how to draw it. */
interface PageJob {
  path: string;
  key: string;
}

/**
 * A list page, drawn on this thread from every review's list fields. `prepare` works out
 * the next step of what the lists need and says whether there was one: the export yields between steps.
 */
interface ListPageJob extends PageJob {
  prepare: () => boolean;
  render: () => string;
}

/** An actor, actors index or year page: described as plain data, drawn here or on a rendering thread. */
interface DescribedPageJob extends PageJob {
  /** Dramas whose list fields the page shows. */
  dramaIds: readonly number[];
  spec: (listed: ReadonlyMap<number, ListedDrama>) => PageSpec;
}

type OtherPage = ListPageJob | DescribedPageJob;

const cancelled = () => new JournalError('cancelled', 'the export was cancelled; the folder was left as it was');
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
/** The parts an actor plays in a drama, for a page key (NUL never occurs in a name). */
function partsKey(parts: readonly ActorPart[]): string {
  let key = '';
  for (const { role, character } of parts) key += `\u0000${role}\u0000${character ?? '\u0001'}`;
  return key;
}

function baseUrlOf(siteUrl: string | null): string | null {
  if (!siteUrl) return null;
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/** Which dramas this export covers, refusing a single review that cannot be exported. */
function selectPublished(journal: Journal, index: readonly IndexedDrama[], options: ExportOptions, includeDrafts: boolean): Published[] {
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

/** Names whose link target appeared, vanished or moved between two exports. */
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

/** The later of two journal times (ISO strings). */
const later = (a: string, b: string) => (byCodeUnits(a, b) > 0 ? a : b);

/** Years in review: every year in which an exported drama was finished, newest first, with those dramas. */
function byFinishYear(published: readonly Published[]): { years: number[]; byYear: Map<number, Published[]> } {
  const byYear = new Map<number, Published[]>();
  for (const drama of published) {
    const year = finishYear(drama.finishedOn);
    if (year === null) continue;
    const dramas = byYear.get(year);
    if (dramas) dramas.push(drama);
    else byYear.set(year, [drama]);
  }
  return { years: [...byYear.keys()].sort((a, b) => b - a), byYear };
}

/**
 * Keys of each actor's page and of the actors index, given each drama's listed key: built as
 * plain strings, as there may be thousands of actors.
 */
function actorPageKeys(actors: readonly SiteActor[], sharedKey: string, dramaKeys: ReadonlyMap<number, string>): { index: string; pages: string[] } {
  let index = sharedKey;
  const pages = actors.map((actor) => {
    let own = `\n${actor.name}\u0000${actor.slug}`;
    index += own;
    for (const { dramaId, parts } of actor.credits) {
      const played = partsKey(parts);
      index += played;
      own += `\n${dramaKeys.get(dramaId)}${played}`;
    }
    return hashOf(sharedKey + own);
  });
  return { index: hashOf(index), pages };
}

/** The feed's entries for the newest review pages; a review deleted since the export began is left out. */
function feedEntries(journal: Journal, newest: readonly ReviewPageJob[]): FeedEntry[] {
  const reviews = readHouseReviews(journal, newest.map((job) => job.drama.id));
  return newest.flatMap((job) => {
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
}

/** Newest aired first, then by title (letter case aside), then by id: the order of the app's actor screen. */
function byAiredNewest(a: ListedDrama, b: ListedDrama): number {
  return b.aired.year - a.aired.year || b.aired.month - a.aired.month || byCodeUnits(a.title.toLowerCase(), b.title.toLowerCase()) || a.id - b.id;
}

function actorsIndexGroups(actors: readonly SiteActor[]): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const actor of actors) {
    const letter = letterOf(actor.name);
    let group = groups.get(letter);
    if (!group) groups.set(letter, (group = { ...letterGroup(letter), actors: [] }));
    const leads = actor.credits.filter((c) => c.parts.some((p) => p.role === 'lead')).length;
    group.actors.push({
      name: actor.name,
      href: `${actor.slug}.html`,
      meta: `${plural(actor.credits.length, 'drama', 'dramas')}${leads ? `, ${plural(leads, 'lead role', 'lead roles')}` : ''}`,
    });
  }
  return LETTERS.flatMap((letter) => groups.get(letter) ?? []);
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
  const siteTitle = settings.siteTitle;
  const baseUrl = baseUrlOf(settings.siteUrl);
  // What every page depends on besides its own data: settings, and how pages look (see fingerprint.ts).
  const sharedKey = hashOf(JSON.stringify([MANIFEST_VERSION, siteTitle, baseUrl, renderFingerprint(siteTitle, baseUrl)]));
  // A page made from the same data, with the same settings and page code, would come out the same.
  const trustKeys = previous !== null && previous.formatVersion === MANIFEST_VERSION && previous.sharedKey === sharedKey;

  const threads = options.renderThreads ?? renderThreadCount();
  const forceThreads = options.renderThreads !== undefined && options.renderThreads > 0;
  let pool: RenderPool | null = null;
  let writer: SiteWriter | null = null;
  try {
    const index = readIndex(journal);
    const slugs = assignSlugs(index);
    const published = selectPublished(journal, index, options, includeDrafts);
    // Threads take a while to start: for what will surely be a large full export, start them now,
    // while the rest of what the export needs is worked out.
    if (threads > 0 && (forceThreads || (!trustKeys && published.length > PARALLEL_MIN_PAGES))) pool = RenderPool.start(threads);
    await pause();
    if (signal?.aborted) throw cancelled();
    const publishedById = new Map(published.map((d) => [d.id, d]));
    const actors = siteActors(readCredits(journal), new Set(publishedById.keys()));
    const hasActors = actors.length > 0;

    // Review titles first, in drama id order (where two reviewed dramas share a title, the name
    // links to the first), then actors' names: a drama titled like an actor links to the drama.
    const links: [string, string][] = published.map((d) => [d.title, `${slugs.get(d.id)}.html`]);
    for (const actor of actors) for (const spelling of actor.spellings) links.push([spelling, `../actors/${actor.slug}.html`]);
    const siteShared: SiteShared = { siteTitle, baseUrl, links };

    const jobs: ReviewPageJob[] = published.map((drama) => {
      const slug = slugs.get(drama.id)!;
      const pictures = picturesOf(journal, drama, slug, options);
      const key = [drama.dramaUpdatedAt, drama.review.updatedAt, drama.review.state, ...pictures.map((p) => hashOf(JSON.stringify([p.picture, p.hash])))].join(' ');
      return { drama, slug, path: `reviews/${slug}.html`, key, pictures };
    });
    /** What a list, actor or year page shows of a drama changes only with these. */
    const listedKey = (d: Published) => `${d.id} ${slugs.get(d.id)} ${d.dramaUpdatedAt} ${d.review.grade} ${d.review.state}`;

    const { years, byYear } = byFinishYear(published);

    const canonicalOf = (path: string) => (baseUrl ? `${baseUrl}${path}` : null);
    const listPages = Object.keys(LIST_PAGES) as ListPageName[];
    // The lists change only when a listed drama, its grade, its state or its address does, or the pages they link to.
    const listKey = hashOf([sharedKey, hasActors, years.join(','), ...jobs.map((j) => listedKey(j.drama))].join('\n'));
    /**
     * The three lists' groups, each entry drawn once for all three, worked out in steps (the
     * entries of 10,000 reviews take a while to draw; the export yields between steps).
     */
    let listGroups: ReturnType<typeof buildLists> | null = null;
    let listEntries: ListEntry[] = [];
    const listItems = new Map<ListEntry, string>();
    const prepareLists = (): boolean => {
      if (!listGroups) {
        listGroups = buildLists(readListed(journal, published), (drama) => `reviews/${slugs.get(drama.id)}.html`);
        listEntries = listGroups['index.html'].flatMap((group) => group.entries);
        return true;
      }
      if (listItems.size === listEntries.length) return false;
      const chunk = listEntries.slice(listItems.size, listItems.size + LIST_ITEMS_PER_STEP);
      renderEntryItems(chunk).forEach((item, i) => listItems.set(chunk[i], item));
      return true;
    };
    const listPageJobs: ListPageJob[] = listPages.map((page) => ({
      path: page,
      key: listKey,
      prepare: prepareLists,
      render: () => {
        while (prepareLists());
        const groups: RenderedGroup[] = listGroups![page].map(({ id, label, entries }) => ({ id, label, items: entries.map((entry) => listItems.get(entry)!) }));
        return renderDocument(
          createElement(ListPage, {
            page,
            siteTitle,
            groups,
            total: jobs.length,
            canonical: canonicalOf(page === 'index.html' ? '' : page),
            actors: hasActors,
            years,
          }),
        );
      },
    }));
    const actorKeys = actorPageKeys(actors, sharedKey, new Map(published.map((d) => [d.id, listedKey(d)])));
    const describedPages: DescribedPageJob[] = [];
    if (hasActors) {
      describedPages.push({
        path: ACTORS_INDEX,
        key: actorKeys.index,
        dramaIds: [],
        spec: () => ({
          component: 'actors-index',
          props: { siteTitle, groups: actorsIndexGroups(actors), total: actors.length, canonical: canonicalOf('actors/') },
        }),
      });
    }
    actors.forEach((actor, i) => {
      const path = `actors/${actor.slug}.html`;
      const credits = actor.credits.map(({ dramaId, parts }) => ({ drama: publishedById.get(dramaId)!, parts }));
      describedPages.push({
        path,
        key: actorKeys.pages[i],
        dramaIds: actor.credits.map((c) => c.dramaId),
        spec: (listed) => {
          const shown = credits.map(({ drama, parts }) => ({ drama: listed.get(drama.id)!, parts })).sort((a, b) => byAiredNewest(a.drama, b.drama));
          const graded = averageGrade(shown.flatMap(({ drama }) => (drama.grade ? [drama.grade] : [])));
          const count = plural(shown.length, 'Korean drama review', 'Korean drama reviews');
          return {
            component: 'actor',
            props: {
              name: actor.name,
              siteTitle,
              summary: `${count}${graded ? `, average grade ${graded.grade} (${graded.value.toFixed(2)})` : ''}`,
              entries: shown.map(({ drama, parts }) => listEntryOf(drama, `../reviews/${slugs.get(drama.id)}.html`, describeParts(parts))),
              description: `Korean dramas with ${actor.name}: ${shown.map(({ drama }) => drama.title).join(', ')}.`,
              canonical: canonicalOf(path),
            },
          };
        },
      });
    });
    for (const year of years) {
      const path = `year/${year}.html`;
      const dramas = byYear.get(year)!;
      describedPages.push({
        path,
        key: hashOf([sharedKey, year, years.join(','), hasActors, ...dramas.map(listedKey)].join('\n')),
        dramaIds: dramas.map((d) => d.id),
        spec: (listed) => {
          const figures = yearFigures(year, readStatsRows(journal, dramas.map((d) => d.id)));
          return {
            component: 'year',
            props: {
              year,
              siteTitle,
              figures,
              entries: yearEntries(dramas.map((d) => ({ drama: listed.get(d.id)!, finishedOn: d.finishedOn!, href: `../reviews/${slugs.get(d.id)}.html` }))),
              years,
              actors: hasActors,
              description: describeYear(year, figures),
              canonical: canonicalOf(path),
            },
          };
        },
      });
    }

    const otherPages: OtherPage[] = [...listPageJobs, ...describedPages];

    await pause();
    if (signal?.aborted) throw cancelled();

    const otherFiles = ['style.css', 'feed.xml', ...(baseUrl ? ['sitemap.xml'] : [])];
    const outputPaths = [
      ...jobs.map((j) => j.path),
      ...jobs.flatMap((j) => j.pictures.map((p) => p.path)),
      ...otherPages.map((p) => p.path),
      ...otherFiles,
    ];

    // Files already in DIR: what the earlier export wrote, and anything the user put there.
    const onDisk = state.exists ? filesOnDisk(state.outDir) : new Set<string>();
    for (const path of outputPaths) {
      if (onDisk.has(path) && !previous?.files[path]) {
        throw new JournalError('conflict', `${join(state.outDir, path)} was not written by Dramalog; move it out of the folder and export again`);
      }
    }
    const recorded = (path: string): ManifestFile | null => (onDisk.has(path) && previous?.files[path]) || null;
    const upToDate = (path: string, key: string) => trustKeys && recorded(path)?.key === key;
    // Pages that may name a review or an actor that was added, renamed or removed: their links change.
    const linkChanges = trustKeys ? changedLinkPhrases(previous!.links, links) : [];
    const mentioning = linkChanges.length ? readMentioning(journal, linkChanges) : new Set<number>();
    const toRead = jobs.filter((job) => !upToDate(job.path, job.key) || mentioning.has(job.drama.id));

    if (!forceThreads && toRead.length <= PARALLEL_MIN_PAGES) {
      await pool?.close();
      pool = null;
    } else if (!pool && threads > 0 && toRead.length > PARALLEL_MIN_PAGES) pool = RenderPool.start(threads);
    pool?.setSite(siteShared);
    // Asked for threads: use them, even for a few pages (the tests compare their pages with these).
    if (forceThreads) await pool?.whenReady();

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

    const siteWriter = (writer = SiteWriter.begin(state, { manyFiles: toRead.length > MANY_FILES }));
    progress();
    /** Stages a file unless DIR already holds exactly these bytes; a key of '' means "its hash". */
    const put = (path: string, content: string, key: string) => {
      siteWriter.stage(path, content, recorded(path)?.hash ?? null, (hash, wasWritten) => {
        files[path] = { hash, key: key || hash };
        if (wasWritten) written += 1;
      });
      done += 1;
    };
    const keep = (path: string) => {
      files[path] = recorded(path)!;
      done += 1;
    };

    // Pictures of the review pages.
    for (const job of jobs) {
      for (const picture of job.pictures) {
        files[picture.path] = { hash: picture.hash, key: picture.hash };
        if (recorded(picture.path)?.hash !== picture.hash) {
          try {
            siteWriter.copy(picture.path, picture.source);
          } catch (error) {
            throw new JournalError('invalid-input', `a picture in ${job.drama.title} cannot be copied from ${picture.source}: ${(error as Error).message}`);
          }
          written += 1;
        }
        done += 1;
      }
    }

    // Pages go in batches to a rendering thread with room, or are drawn here: the lists (only
    // here), preferably while the threads are busy or still starting, then the other pages, then reviews.
    const stale: OtherPage[] = [];
    for (const page of otherPages) {
      if (upToDate(page.path, page.key)) keep(page.path);
      else stale.push(page);
    }
    const hereOnly = stale.filter((page): page is ListPageJob => 'render' in page);
    const described = stale.filter((page): page is DescribedPageJob => 'spec' in page);
    let listed: Map<number, ListedDrama> | null = null;
    const listedOnce = () => {
      if (listed) return listed;
      const needed = [...new Set(described.flatMap((page) => page.dramaIds))];
      return (listed = new Map(needed.length ? readListed(journal, needed.map((id) => publishedById.get(id)!)).map((d) => [d.id, d]) : []));
    };

    let renderHere: ReviewRenderer | null = null;
    /** A batch of pages: what to draw (`review` or `page`) and where the result goes. */
    type Batch = ({ path: string; key: string } & ({ review: ReviewRenderJob } | { page: PageSpec }))[];
    const drawHere = (batch: Batch) => {
      for (const item of batch) {
        const html = 'review' in item ? (renderHere ??= createReviewRenderer(siteShared))(item.review) : renderPageSpec(item.page);
        put(item.path, html, item.key);
      }
    };
    const readReviews = (slice: readonly ReviewPageJob[]): Batch => {
      const rows = readReviewRows(journal, slice.map((job) => job.drama.id));
      return slice.map((job) => {
        const row = rows.get(job.drama.id);
        if (!row) throw new JournalError('conflict', `the review of ${job.drama.title} was removed during the export; export again`);
        const pictures: PagePicture[] = job.pictures.map(({ picture, path }) => ({ path, alt: picture.alt, section: picture.section, afterParagraph: picture.afterParagraph }));
        return { path: job.path, key: job.key, review: { slug: job.slug, path: job.path, pictures, row } };
      });
    };
    const describe = (pages: readonly DescribedPageJob[]): Batch => pages.map((page) => ({ path: page.path, key: page.key, page: page.spec(listedOnce()) }));

    const outstanding: Promise<void>[] = [];
    let threadFailure: unknown = null;
    let renderedOnThreads = 0;
    /** Hands the batch to a thread with room (the caller checked there is one), or draws it here. */
    const offer = (pool: RenderPool, batch: Batch) => {
      const offered = pool.offer(batch.map((item) => ({ ...item, target: siteWriter.target(item.path), knownHash: recorded(item.path)?.hash ?? null })));
      if (!offered) return drawHere(batch);
      outstanding.push(
        offered
          .then((results) => {
            // The thread failed this batch: draw it here, the same way.
            if (!results) return drawHere(batch);
            results.forEach(([hash, wasWritten], i) => {
              const { path, key } = batch[i];
              renderedOnThreads += 1;
              files[path] = { hash, key };
              if (wasWritten) {
                siteWriter.stagedElsewhere(path);
                written += 1;
              }
              done += 1;
            });
          })
          .catch((error: unknown) => {
            threadFailure ??= error;
          }),
      );
    };

    const reading = new Set(toRead);
    for (const job of jobs) if (!reading.has(job)) keep(job.path);
    let nextReview = 0;
    let nextDescribed = 0;
    let nextHereOnly = 0;
    const takeDescribed = () => described.slice(nextDescribed, (nextDescribed += BATCH));
    const takeReviews = () => toRead.slice(nextReview, (nextReview += BATCH));
    while (nextReview < toRead.length || nextDescribed < described.length || nextHereOnly < hereOnly.length) {
      if (pool?.hasRoom() && (nextDescribed < described.length || nextReview < toRead.length)) {
        offer(pool, nextDescribed < described.length ? describe(takeDescribed()) : readReviews(takeReviews()));
      } else if (nextHereOnly < hereOnly.length) {
        const page = hereOnly[nextHereOnly];
        if (!page.prepare()) {
          put(page.path, page.render(), page.key);
          nextHereOnly += 1;
        }
      } else if (nextDescribed < described.length) drawHere(describe(takeDescribed()));
      else drawHere(readReviews(takeReviews()));
      if (threadFailure) throw threadFailure;
      await siteWriter.keepUp();
      await breathe(pool !== null);
    }
    await Promise.all(outstanding);
    if (threadFailure) throw threadFailure;
    await pool?.close();
    pool = null;

    put('style.css', SITE_CSS, '');
    const newest = newestFirst(jobs, FEED_SIZE);
    const feedKey = hashOf([sharedKey, ...newest.map((j) => `${j.drama.id} ${j.slug} ${j.key}`)].join('\n'));
    if (upToDate('feed.xml', feedKey)) keep('feed.xml');
    else put('feed.xml', renderFeed({ siteTitle, baseUrl, entries: feedEntries(journal, newest) }), feedKey);
    if (baseUrl) {
      const pages: SitemapPage[] = [
        ...listPages.map((path) => ({ path: path === 'index.html' ? '' : path, lastModified: null })),
        ...jobs.map((job) => ({ path: job.path, lastModified: later(job.drama.review.updatedAt, job.drama.dramaUpdatedAt) })),
        ...describedPages.map((page) => ({ path: page.path === ACTORS_INDEX ? 'actors/' : page.path, lastModified: null })),
      ];
      put('sitemap.xml', renderSitemap(baseUrl, pages), '');
    }
    await siteWriter.flush();
    progress();

    // Files of the earlier export that are no longer part of the site.
    let removed = 0;
    const kept: string[] = [];
    for (const [path, entry] of Object.entries(previous?.files ?? {})) {
      if (files[path] || !onDisk.has(path)) continue;
      if (hashOf(readFileSync(join(state.outDir, ...path.split('/')))) === entry.hash) {
        siteWriter.remove(path);
        removed += 1;
      } else kept.push(path);
    }

    if (signal?.aborted) throw cancelled();
    const manifest: ExportManifest = { generator: 'Dramalog', formatVersion: MANIFEST_VERSION, scope, includeDrafts, sharedKey, links, files };
    await siteWriter.commit(manifestText(manifest));
    return {
      outDir: state.outDir,
      pages: jobs.length + otherPages.length,
      written,
      unchanged: Object.keys(files).length - written,
      removed,
      kept: kept.sort(),
      renderedOnThreads,
    };
  } catch (error) {
    // Threads first: nothing may write into the staging folder once it is being removed.
    await pool?.close();
    await writer?.abandon();
    throw error;
  }
}
