/**
 * What one publish to one target does, decided from the site just built and the target's record,
 * before anything is sent. Pure: no disk, no network (tests/unit/publish/publish-plan.test.ts).
 */
import type { PublishedFile } from './publish-repository';

export interface PublishPlan {
  /** Files to put, in the order that keeps the live site whole (see uploadOrder). */
  upload: string[];
  /** Files Dramalog published there that the site no longer has. */
  remove: string[];
  unchanged: string[];
  /** Paths to upload that Dramalog never published there: the target is asked whether something else is in the way. */
  fresh: string[];
  /** Paths an interrupted publish may have left a part file beside. */
  leftoverParts: string[];
}

export function planPublish(site: ReadonlyMap<string, string>, record: ReadonlyMap<string, PublishedFile>): PublishPlan {
  const upload: string[] = [];
  const unchanged: string[] = [];
  const fresh: string[] = [];
  for (const [path, hash] of site) {
    const published = record.get(path);
    if (published?.hash === hash) unchanged.push(path);
    else upload.push(path);
    if (!published) fresh.push(path);
  }
  const remove: string[] = [];
  const leftoverParts: string[] = [];
  for (const [path, published] of record) {
    if (!site.has(path)) remove.push(path);
    if (published.pending) leftoverParts.push(path);
  }
  return { upload: uploadOrder(upload), remove: remove.sort(), unchanged: unchanged.sort(), fresh, leftoverParts };
}

/**
 * Pictures and the style sheet first, then the pages in folders (reviews, actors, lists, years),
 * then the top-level lists, the front page, and the feed and sitemap last: at any moment of an
 * upload, a page that is live links only to files that are live. Deletions come after every
 * upload, when no live page links to what they remove.
 */
export function uploadOrder(paths: readonly string[]): string[] {
  const rank = (path: string) => {
    if (!/\.(html|xml)$/.test(path)) return 0;
    if (path.includes('/')) return 1;
    if (path.endsWith('.xml')) return 4;
    return path === 'index.html' ? 3 : 2;
  };
  return paths
    .map((path) => [rank(path), path] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([, path]) => path);
}

/** The folders (`''` for the top) holding `paths`, each once. */
export function foldersOf(paths: readonly string[]): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    const names = folders.get(folder) ?? [];
    names.push(path.slice(slash + 1));
    folders.set(folder, names);
  }
  return folders;
}
