/**
 * The export's first step, with no disk and no journal: given what the journal
 * holds and what the earlier export recorded (its manifest, and which of its
 * files are still in DIR), every file of the site, each with the key of what
 * it is made from, and whether DIR already holds it as it would be made now.
 * Rendering (render-site.ts) then draws only the pages that are not current,
 * and writing (output-dir.ts) replaces only the files whose bytes changed.
 */
import { join } from 'node:path';
import { JournalError } from '../common/errors';
import type { ReviewPicture } from '../common/house-format/model';
import { type ActorPart, siteActors, type SiteActor } from './actors';
import { byCodeUnits } from './code-units';
import { FEED_SIZE } from './feed';
import { LIST_PAGES, type ListPageName } from './pages/ListPage';
import { hashOf, MANIFEST_VERSION, type ExportManifest, type ManifestFile, recordedFiles } from './manifest';
import { planPublicLists, type PublicListLink, type PublicListRow, type PublicListView } from './public-lists';
import type { CreditRow, IndexedDrama } from './read-journal';
import type { SitemapPage } from './sitemap';
import { assignSlugs, reviewOwner } from './slugs';
import { ENCODING, type PictureSize } from './web-sizes';
import { finishYear } from './years';

export type Published = IndexedDrama & { review: NonNullable<IndexedDrama['review']> };

/** A picture file as found (pictures.ts): where it is and the hash of its bytes. */
export interface SourceFile {
  source: string;
  hash: string;
}

/** A picture of a review as found. */
export interface SourcePicture extends SourceFile {
  picture: ReviewPicture;
}

/** A picture as the site shows it, with its size: its web sizes follow from it (web-sizes.ts), drawn only for pages drawn. */
export interface PictureFile extends SourcePicture {
  size: PictureSize;
}

export interface CoverFile extends SourceFile {
  size: PictureSize;
}

/** A file of the site: its path, the key of what it is made from, and whether DIR holds it so already. */
export interface FileJob {
  path: string;
  key: string;
  current: boolean;
}

export interface ReviewPageJob extends FileJob {
  drama: Published;
  slug: string;
  pictures: PictureFile[];
  /** The drama's cover, when it has one. */
  cover: CoverFile | null;
}

export interface ListPageJob extends FileJob {
  page: ListPageName;
}

/** An actor, actors index, year or public list page: drawn from plain data here or on a rendering thread. */
export type DescribedPage =
  | { kind: 'actors-index' }
  | { kind: 'actor'; actor: SiteActor }
  | { kind: 'year'; year: number; dramas: readonly Published[] }
  | { kind: 'list'; list: PublicListView };

export interface DescribedPageJob extends FileJob {
  describes: DescribedPage;
  /** Dramas whose list fields the page shows. */
  dramaIds: readonly number[];
}

export interface PlanInput {
  /** DIR, for messages only: planning reads no disk. */
  outDir: string;
  scope: ExportManifest['scope'];
  includeDrafts: boolean;
  siteTitle: string;
  baseUrl: string | null;
  /** How pages currently look (fingerprint.ts): when it changes, every page is drawn again. */
  pageFormat: string;
  /** Every drama in the journal, in id order: slugs are given out over all of them. */
  dramas: readonly IndexedDrama[];
  /** The dramas this export publishes, in id order. */
  published: readonly Published[];
  /** Every cast entry in the journal. */
  credits: readonly CreditRow[];
  /** Each published drama's pictures, in order: those whose web sizes were made. */
  pictures: ReadonlyMap<number, readonly SourcePicture[]>;
  /** Each published drama's cover, where it has one whose web sizes were made. */
  covers: ReadonlyMap<number, SourceFile>;
  /** The size of every picture and cover above, by hash (web-pictures.ts). */
  pictureSizes: ReadonlyMap<string, PictureSize>;
  /** Every file of their web sizes, from the site root (web-pictures.ts made them). */
  pictureFiles: readonly string[];
  previous: ExportManifest | null;
  /** Files in DIR now (files-on-disk.ts): the earlier export's, and any the user put there. */
  onDisk: ReadonlySet<string>;
  /** The user's public lists (public-lists.ts), published with a whole-site export; none when left out. */
  publicLists?: readonly PublicListRow[];
}

export interface ExportPlan {
  siteTitle: string;
  baseUrl: string | null;
  sharedKey: string;
  slugs: ReadonlyMap<number, string>;
  /** Every slug this folder has published, slug → owner, for the manifest. */
  publishedSlugs: Record<string, string>;
  /** Every list slug this folder has published, slug → owner, for the manifest. */
  publishedListSlugs: Record<string, string>;
  /** The public lists' pages, as the index links them. */
  publicLists: PublicListLink[];
  /** Names that link, in the order the text linker tries them: [phrase, href]. */
  links: [string, string][];
  actors: SiteActor[];
  years: number[];
  reviews: ReviewPageJob[];
  pictures: FileJob[];
  lists: ListPageJob[];
  described: DescribedPageJob[];
  feed: FileJob & { newest: ReviewPageJob[] };
  /** The sitemap's pages, or null without a site address. */
  sitemap: SitemapPage[] | null;
  /** Names whose link target appeared, vanished or moved since the earlier export: pages naming them are drawn again. */
  linkChanges: string[];
  /** Files of the earlier export still in DIR and no longer part of the site. */
  retired: string[];
  /** What the earlier export recorded of a file still in DIR. */
  recorded: (path: string) => ManifestFile | null;
}

const ACTORS_INDEX = 'actors/index.html';
/** Files besides pages, keyed by their own hash (a key of '' stands for that). */
export const STYLE = 'style.css';
export const FEED = 'feed.xml';
export const SITEMAP = 'sitemap.xml';

export function planExport(input: PlanInput): ExportPlan {
  const { siteTitle, baseUrl, previous, onDisk, published } = input;
  const sharedKey = hashOf(JSON.stringify([MANIFEST_VERSION, siteTitle, baseUrl, input.pageFormat]));
  // A page made from the same data, with the same settings and page code, would come out the same.
  const trustKeys = previous !== null && previous.formatVersion === MANIFEST_VERSION && previous.sharedKey === sharedKey;
  const earlier = previous ? recordedFiles(previous) : new Map<string, ManifestFile>();
  const recorded = (path: string): ManifestFile | null => (onDisk.has(path) && earlier.get(path)) || null;
  const job = (path: string, key: string): FileJob => ({ path, key, current: trustKeys && recorded(path)?.key === key });

  const slugs = slugsOf(input.dramas, previous?.slugs);
  const publishedSlugs = withPublished(previous?.slugs ?? {}, published, slugs);
  const actors = actorsOf(input.credits, published);
  // Review titles first, in drama id order (where two reviewed dramas share a title, the name
  // links to the first), then actors' names: a drama titled like an actor links to the drama.
  let links: [string, string][] = published.map((d) => [d.title, `${slugs.get(d.id)}.html`]);
  for (const actor of actors) for (const spelling of actor.spellings) links.push([spelling, `../actors/${actor.slug}.html`]);
  // The same links as before are the earlier list itself: what is made from it (the manifest's text, the linker) is made once.
  if (previous && sameLinks(previous.links, links)) links = previous.links;

  const sized = sizedBy(input.pictureSizes);
  const reviews = published.map((drama) =>
    reviewJob(drama, slugs.get(drama.id)!, (input.pictures.get(drama.id) ?? []).map(sized.picture), sized.cover(input.covers.get(drama.id)), job),
  );
  const pictures = input.pictureFiles.map((path) => ({ path, key: ENCODING, current: recorded(path)?.key === ENCODING }));
  const lists = planPublicLists({
    lists: input.scope === 'site' ? (input.publicLists ?? []) : [],
    previous: previous?.listSlugs,
    published,
    slugs,
    sharedKey,
    hasActors: actors.length > 0,
    job,
  });
  const pages = otherPages({ sharedKey, published, slugs, actors, job, listLinks: lists.links });
  pages.described.push(...lists.jobs);
  const newest = newestFirst(reviews, FEED_SIZE);
  const feed = { ...job(FEED, hashOf([sharedKey, ...newest.map((j) => `${j.drama.id} ${j.slug} ${j.key}`)].join('\n'))), newest };
  const sitemap = baseUrl ? sitemapPages(reviews, pages) : null;

  const outputPaths = [...reviews, ...pictures, ...pages.lists, ...pages.described].map((f) => f.path);
  outputPaths.push(STYLE, FEED, ...(sitemap ? [SITEMAP] : []));
  refuseOthersFiles(input.outDir, outputPaths, onDisk, earlier);
  const output = new Set(outputPaths);
  const retired = [...earlier.keys()].filter((path) => !output.has(path) && onDisk.has(path));
  const linkChanges = trustKeys && links !== previous!.links ? changedLinkPhrases(previous!.links, links) : [];
  const { publishedListSlugs, links: publicLists } = lists;
  return { siteTitle, baseUrl, sharedKey, slugs, publishedSlugs, publishedListSlugs, publicLists, links, actors, ...pages, reviews, pictures, feed, sitemap, linkChanges, retired, recorded };
}

let lastPublished: { before: Readonly<Record<string, string>>; published: readonly Published[]; slugs: ReadonlyMap<number, string>; after: Record<string, string> } | null = null;

/** Slug → owner of every address the folder has published: the earlier record itself when no address is new. */
function withPublished(before: Readonly<Record<string, string>>, published: readonly Published[], slugs: ReadonlyMap<number, string>): Record<string, string> {
  // The same record as last time when the same reviews (by id and creation) have the same slugs.
  const last = lastPublished;
  const sameOwner = (a: Published, b: Published) => a === b || (a.id === b.id && a.review.createdAt === b.review.createdAt);
  if (last?.before === before && last.slugs === slugs && last.published.length === published.length && published.every((d, i) => sameOwner(d, last.published[i]))) {
    return last.after;
  }
  lastPublished = { before, published, slugs, after: addPublished(before, published, slugs) };
  return lastPublished.after;
}

function addPublished(before: Readonly<Record<string, string>>, published: readonly Published[], slugs: ReadonlyMap<number, string>): Record<string, string> {
  let after: Record<string, string> | null = null;
  for (const d of published) {
    const slug = slugs.get(d.id)!;
    const owner = reviewOwner(d.id, d.review.createdAt);
    if (before[slug] !== owner) (after ??= { ...before })[slug] = owner;
  }
  return after ?? before;
}

function sameLinks(before: readonly [string, string][], after: readonly [string, string][]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i += 1) if (before[i][0] !== after[i][0] || before[i][1] !== after[i][1]) return false;
  return true;
}

/** Pictures and covers with their sizes, from the sizes made. */
function sizedBy(sizes: ReadonlyMap<string, PictureSize>) {
  const sizeOf = (hash: string) => {
    const size = sizes.get(hash);
    if (!size) throw new JournalError('internal', `no web sizes were made of the picture ${hash}`);
    return size;
  };
  return {
    picture: (source: SourcePicture): PictureFile => ({ ...source, size: sizeOf(source.hash) }),
    cover: (source: SourceFile | undefined): CoverFile | null => (source ? { ...source, size: sizeOf(source.hash) } : null),
  };
}

function reviewJob(drama: Published, slug: string, pictures: PictureFile[], cover: CoverFile | null, job: (path: string, key: string) => FileJob): ReviewPageJob {
  const { path, key } = reviewPageKey(drama, slug, pictures, cover);
  return { path, key, current: job(path, key).current, drama, slug, pictures, cover };
}

/** A review page's path and key as last made for a drama row without pictures or cover (nearly all of them). */
const plainReviewPages = new WeakMap<Published, { slug: string; path: string; key: string }>();

function reviewPageKey(drama: Published, slug: string, pictures: readonly PictureFile[], cover: CoverFile | null): { path: string; key: string } {
  const plain = pictures.length === 0 && cover === null;
  const known = plain ? plainReviewPages.get(drama) : undefined;
  if (known?.slug === slug) return known;
  const pictureKeys = pictures.map((p) => hashOf(JSON.stringify([p.picture, p.hash])));
  // A cover changes the drama's updatedAt too; its hash keeps the key honest for `pictures` chosen in the editor.
  const key = [drama.dramaUpdatedAt, drama.review.updatedAt, drama.review.state, cover?.hash ?? '-', ...pictureKeys].join(' ');
  const page = { slug, path: `reviews/${slug}.html`, key };
  if (plain) plainReviewPages.set(drama, page);
  return page;
}

interface PagesInput {
  sharedKey: string;
  published: readonly Published[];
  slugs: ReadonlyMap<number, string>;
  actors: readonly SiteActor[];
  job: (path: string, key: string) => FileJob;
  /** The public lists the index links to. */
  listLinks: readonly PublicListLink[];
}

/** The list, actor and year pages, each keyed by the list fields of the dramas it shows. */
function otherPages({ sharedKey, published, slugs, actors, job, listLinks }: PagesInput) {
  /** What a list, actor or year page shows of a drama changes only with these. */
  const listedKey = (d: Published) => listedKeyOf(d, slugs.get(d.id)!);
  const { years, byYear } = byFinishYear(published);
  const hasActors = actors.length > 0;
  // The lists change only when a listed drama, its grade, its state or its address does, or the pages they link to.
  const listKey = keyOfLists([sharedKey, String(hasActors), years.join(','), JSON.stringify(listLinks), ...published.map(listedKey)]);
  const lists = (Object.keys(LIST_PAGES) as ListPageName[]).map((page) => ({ ...job(page, listKey), page }));
  const actorKeys = actorPageKeys(actors, sharedKey, new Map(published.map((d) => [d.id, listedKey(d)])));
  const described: DescribedPageJob[] = [];
  if (hasActors) described.push({ ...job(ACTORS_INDEX, actorKeys.index), describes: { kind: 'actors-index' }, dramaIds: [] });
  actors.forEach((actor, i) => {
    const path = `actors/${actor.slug}.html`;
    const key = actorKeys.pages[i];
    described.push({ path, key, current: job(path, key).current, describes: { kind: 'actor', actor }, dramaIds: actor.credits.map((c) => c.dramaId) });
  });
  for (const year of years) {
    const dramas = byYear.get(year)!;
    const key = hashOf([sharedKey, year, years.join(','), hasActors, ...dramas.map(listedKey)].join('\n'));
    described.push({ ...job(`year/${year}.html`, key), describes: { kind: 'year', year, dramas }, dramaIds: dramas.map((d) => d.id) });
  }
  return { years, lists, described };
}

/**
 * What planning makes of each drama row and of the cast, kept from one export to the next (a
 * re-export after one edit would otherwise make them all again): the rows a re-export starts
 * from are the same objects for every drama that did not change (journal-rows.ts), and the
 * cast the same list when no cast entry did.
 */
const listedKeys = new WeakMap<Published, { slug: string; key: string }>();

/** What a list, actor or year page shows of a drama changes only with these. */
function listedKeyOf(d: Published, slug: string): string {
  const known = listedKeys.get(d);
  if (known?.slug === slug) return known.key;
  const key = `${d.id} ${slug} ${d.dramaUpdatedAt} ${d.review.grade} ${d.review.state}`;
  listedKeys.set(d, { slug, key });
  return key;
}

let lastSlugs: { dramas: readonly IndexedDrama[]; published: Readonly<Record<string, string>> | undefined; slugs: ReadonlyMap<number, string> } | null = null;

/** Review slugs (slugs.ts): those of the previous plan when no drama's id, title or review owner changed, nor the published record. */
function slugsOf(dramas: readonly IndexedDrama[], published: Readonly<Record<string, string>> | undefined): ReadonlyMap<number, string> {
  const last = lastSlugs;
  const sameRequest = (a: IndexedDrama, b: IndexedDrama) =>
    a === b || (a.id === b.id && a.title === b.title && (a.review?.createdAt ?? null) === (b.review?.createdAt ?? null));
  if (last !== null && last.published === published && last.dramas.length === dramas.length && dramas.every((d, i) => sameRequest(d, last.dramas[i]))) {
    lastSlugs = { ...last, dramas };
    return last.slugs;
  }
  const slugs = assignSlugs(
    dramas.map(({ id, title, review }) => ({ id, title, owner: review && reviewOwner(id, review.createdAt) })),
    published,
  );
  lastSlugs = { dramas, published, slugs };
  return slugs;
}

let lastLists: { parts: string[]; key: string } | null = null;

/** The lists' key: that of the previous plan when what it is made from is the same, string for string. */
function keyOfLists(parts: string[]): string {
  const last = lastLists;
  if (last && last.parts.length === parts.length && parts.every((part, i) => part === last.parts[i])) return last.key;
  lastLists = { parts, key: hashOf(parts.join('\n')) };
  return lastLists.key;
}

let lastActors: { credits: readonly CreditRow[]; exported: number[]; actors: SiteActor[] } | null = null;

/** The site's actors (actors.ts): those of the previous plan when the cast and the exported dramas are the same. */
function actorsOf(credits: readonly CreditRow[], published: readonly Published[]): SiteActor[] {
  const exported = published.map((d) => d.id);
  const last = lastActors;
  if (last?.credits === credits && last.exported.length === exported.length && last.exported.every((id, i) => id === exported[i])) return last.actors;
  const actors = siteActors(credits, new Set(exported));
  lastActors = { credits, exported, actors };
  return actors;
}

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

/** The parts an actor plays in a drama, for a page key (NUL never occurs in a name). */
function partsKey(parts: readonly ActorPart[]): string {
  let key = '';
  for (const { role, character } of parts) key += `\u0000${role}\u0000${character ?? '\u0001'}`;
  return key;
}

/** Each actor's page key as last made, with the drama keys it was made from (the same strings while those dramas are unchanged). */
const actorKeys = new WeakMap<SiteActor, { sharedKey: string; dramaKeys: string[]; key: string }>();
let lastActorsIndex: { actors: readonly SiteActor[]; sharedKey: string; key: string } | null = null;

/**
 * Keys of each actor's page and of the actors index, given each drama's listed key: built as
 * plain strings, as there may be thousands of actors, and only for actors whose dramas changed.
 */
function actorPageKeys(actors: readonly SiteActor[], sharedKey: string, dramaKeys: ReadonlyMap<number, string>): { index: string; pages: string[] } {
  const pages = actors.map((actor) => {
    const keys = actor.credits.map(({ dramaId }) => dramaKeys.get(dramaId)!);
    const known = actorKeys.get(actor);
    if (known?.sharedKey === sharedKey && known.dramaKeys.every((key, i) => key === keys[i])) return known.key;
    let own = `\n${actor.name}\u0000${actor.slug}`;
    actor.credits.forEach(({ parts }, i) => (own += `\n${keys[i]}${partsKey(parts)}`));
    const key = hashOf(sharedKey + own);
    actorKeys.set(actor, { sharedKey, dramaKeys: keys, key });
    return key;
  });
  if (lastActorsIndex?.actors !== actors || lastActorsIndex.sharedKey !== sharedKey) {
    let index = sharedKey;
    for (const actor of actors) {
      index += `\n${actor.name}\u0000${actor.slug}`;
      for (const { parts } of actor.credits) index += partsKey(parts);
    }
    lastActorsIndex = { actors, sharedKey, key: hashOf(index) };
  }
  return { index: lastActorsIndex.key, pages };
}

/** The `count` most recently saved reviews, newest first (ties: higher id first), without sorting them all. */
function newestFirst(jobs: readonly ReviewPageJob[], count: number): ReviewPageJob[] {
  // `>` on strings compares code units, as byCodeUnits does.
  const newer = (a: ReviewPageJob, b: ReviewPageJob) =>
    a.drama.review.updatedAt > b.drama.review.updatedAt || (a.drama.review.updatedAt === b.drama.review.updatedAt && a.drama.id > b.drama.id);
  const top: ReviewPageJob[] = [];
  // Highest id first: reviews saved at the same time (an import) then come in newest first, each placed at once.
  for (let i = jobs.length - 1; i >= 0; i -= 1) {
    const job = jobs[i];
    if (top.length === count && !newer(job, top[count - 1])) continue;
    let at = top.length;
    while (at > 0 && newer(job, top[at - 1])) at -= 1;
    top.splice(at, 0, job);
    if (top.length > count) top.pop();
  }
  return top;
}

/** The later of two journal times (ISO strings). */
const later = (a: string, b: string) => (byCodeUnits(a, b) > 0 ? a : b);

function sitemapPages(reviews: readonly ReviewPageJob[], pages: { lists: readonly ListPageJob[]; described: readonly DescribedPageJob[] }): SitemapPage[] {
  return [
    ...pages.lists.map(({ path }) => ({ path: path === 'index.html' ? '' : path, lastModified: null })),
    ...reviews.map((job) => ({ path: job.path, lastModified: later(job.drama.review.updatedAt, job.drama.dramaUpdatedAt) })),
    ...pages.described.map(({ path }) => ({ path: path === ACTORS_INDEX ? 'actors/' : path, lastModified: null })),
  ];
}

/** Refuses to write where DIR holds a file the earlier export did not write: it is the user's. */
function refuseOthersFiles(outDir: string, paths: readonly string[], onDisk: ReadonlySet<string>, earlier: ReadonlyMap<string, ManifestFile>): void {
  const others = new Set<string>();
  for (const path of onDisk) if (!earlier.has(path)) others.add(path);
  if (!others.size) return;
  for (const path of paths) {
    if (others.has(path)) {
      throw new JournalError('conflict', `${join(outDir, path)} was not written by Dramalog; move it out of the folder and export again`);
    }
  }
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
