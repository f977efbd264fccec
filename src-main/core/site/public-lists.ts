/**
 * The user's public lists on the site: `lists/<slug>.html` for each list the
 * user marked public, linked from the index. Lists are private by default: a
 * private list is never read into an export, and a list made private again
 * leaves the site at the next export (its page retires like a deleted review's).
 *
 * A list's address comes from its name (`Comfort rewatches` → `comfort-rewatches`),
 * given out over the public lists in id order, and once published it stays the
 * list's, even after a rename, as a review's does: the manifest keeps every list
 * slug the folder has published with its owner (list id and creation time), and
 * never gives a deleted list's slug to another. `index` is kept free for a page
 * of all lists.
 */
import type { Journal } from '../journal';
import type { YearMonth } from '../common/model';
import { formatReleaseLine } from '../common/house-format/format';
import { hashOf } from './manifest';
import { listEntryOf } from './lists';
import type { ListEntry } from './pages/parts';
import type { DescribedPageJob, FileJob, Published } from './plan';
import { assignSlugs } from './slugs';

/** A public list as the journal holds it, each item with what the page may show of its drama. */
export interface PublicListRow {
  id: number;
  name: string;
  description: string;
  createdAt: string;
  items: PublicListItemRow[];
}

export interface PublicListItemRow {
  dramaId: number;
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  /** The note the user wrote for this list (never the drama's own notes). */
  note: string;
}

/** An item as its page shows it: linked to the drama's review page when the export publishes one, else `href` is null. */
export type PublicListItem = Omit<ListEntry, 'href'> & { href: string | null };

/** What a list's page shows, and all it shows: its key is made from this. */
export interface PublicListView {
  name: string;
  description: string;
  items: PublicListItem[];
}

/** A public list as the index links it. */
export interface PublicListLink {
  name: string;
  path: string;
}

type ListSqlRow = [number, string, string, string, number | null, string | null, string | null, string | null, number | null, number | null, number | null, string | null];

/** The public lists, in id order, with their items in the user's order; private lists are not read. */
export function readPublicLists(journal: Journal): PublicListRow[] {
  const rows = journal.db
    .prepare(
      `SELECT l.id, l.name, l.description, l.created_at, i.drama_id, d.title, d.native_title, d.platforms,
         d.aired_year, d.aired_month, d.episodes, i.note
       FROM lists l
       LEFT JOIN list_items i ON i.list_id = l.id
       LEFT JOIN dramas d ON d.id = i.drama_id
       WHERE l.public = 1
       ORDER BY l.id, i.position, i.id`,
    )
    .raw()
    .all() as ListSqlRow[];
  const lists: PublicListRow[] = [];
  for (const [id, name, description, createdAt, dramaId, title, nativeTitle, platforms, year, month, episodes, note] of rows) {
    let list = lists.at(-1);
    if (list?.id !== id) lists.push((list = { id, name, description, createdAt, items: [] }));
    if (dramaId === null) continue;
    list.items.push({
      dramaId,
      title: title!,
      nativeTitle: nativeTitle!,
      platforms: JSON.parse(platforms!) as string[],
      aired: { year: year!, month: month! },
      episodes: episodes!,
      note: note!,
    });
  }
  return lists;
}

/** Who a published list slug belongs to: the list's id and when it was made (an id can come back after a delete). */
export const listOwner = (list: Pick<PublicListRow, 'id' | 'createdAt'>) => `${list.id} ${list.createdAt}`;

/** Names in `lists/` that a list's slug must not take. */
const RESERVED = { index: '' };

export interface PublicListsInput {
  lists: readonly PublicListRow[];
  /** The list slugs the folder has published, slug → owner (from the earlier export's manifest). */
  previous: Readonly<Record<string, string>> | undefined;
  published: readonly Published[];
  /** The review slugs of this export. */
  slugs: ReadonlyMap<number, string>;
  sharedKey: string;
  hasActors: boolean;
  job: (path: string, key: string) => FileJob;
}

/** The list pages of this export, the index's links to them, and every list slug the folder has published. */
export function planPublicLists({ lists, previous, published, slugs, sharedKey, hasActors, job }: PublicListsInput) {
  const listSlugs = assignSlugs(
    lists.map((list) => ({ id: list.id, title: list.name, owner: listOwner(list) })),
    { ...RESERVED, ...previous },
    (id) => `list-${id}`,
  );
  // Only the lists public now: a list made private (or deleted) leaves no trace in the folder's
  // manifest, not even its name in a slug. Made public again, it gets its slug from its name again.
  const publishedListSlugs: Record<string, string> = {};
  const reviewed = new Map(published.map((d) => [d.id, d]));
  const links: PublicListLink[] = [];
  const jobs: DescribedPageJob[] = lists.map((list) => {
    const slug = listSlugs.get(list.id)!;
    publishedListSlugs[slug] = listOwner(list);
    const path = `lists/${slug}.html`;
    links.push({ name: list.name, path });
    const view: PublicListView = {
      name: list.name,
      description: list.description,
      items: list.items.map((item) => itemOf(item, reviewed.get(item.dramaId), slugs)),
    };
    const key = hashOf(JSON.stringify([sharedKey, hasActors, path, view]));
    return { ...job(path, key), describes: { kind: 'list', list: view }, dramaIds: [] };
  });
  return { jobs, links, publishedListSlugs };
}

/**
 * A list item as its page shows it. A drama this export publishes links to its
 * review, with its grade. A drama without a published review (none written, or
 * a draft left out) still appears, in its place, as plain text: the list is the
 * user's own published choice and order, and leaving dramas out would renumber
 * it and change what it says. Only what a review's header shows publicly appears
 * (titles, platforms, air date, episodes), never a grade, the drama's notes or
 * its watch record; the note shown is the one the user wrote for this list.
 */
function itemOf(item: PublicListItemRow, drama: Published | undefined, slugs: ReadonlyMap<number, string>): PublicListItem {
  const note = item.note === '' ? undefined : item.note;
  if (drama) {
    const listed = { ...item, id: item.dramaId, grade: drama.review.grade, state: drama.review.state };
    return listEntryOf(listed, `../reviews/${slugs.get(item.dramaId)}.html`, note);
  }
  const shown: PublicListItem = { title: item.title, nativeTitle: item.nativeTitle, releaseLine: formatReleaseLine(item), grade: null, href: null, draft: false };
  if (note !== undefined) shown.note = note;
  return shown;
}
