/** Pieces the site's list-like pages share: the navigation between them and one linked entry. */
import { formatGrade } from '../../common/house-format/format';
import type { WebImage } from '../../common/house-format/model';
import { WebPicture } from '../../common/house-format/view/WebPicture';
import type { Grade } from '../../common/model';

export interface ListEntry {
  title: string;
  nativeTitle: string;
  releaseLine: string;
  grade: Grade | null;
  /** Relative to the page showing it: `reviews/soundtrack-2.html` from the index. */
  href: string;
  draft: boolean;
  /** A line under the entry: the part an actor played, the day a drama was finished. */
  note?: string;
  /**
   * On the review lists the entry is a card with the drama's cover (paths relative
   * to the page), or null for a drama without one; left out elsewhere (a plain entry).
   */
  cover?: WebImage | null;
}

/** `1 drama`, `3 dramas`. */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Where the site navigation can point: the three review lists and the actors index. */
export type NavPage = 'index.html' | 'by-grade.html' | 'by-year.html' | 'actors/index.html';

const NAV_LABELS: Record<NavPage, string> = {
  'index.html': 'A–Z',
  'by-grade.html': 'By grade',
  'by-year.html': 'By year',
  'actors/index.html': 'Actors',
};

export interface SiteNavProps {
  /** The page showing the navigation, when it is one of those listed. */
  current: NavPage | null;
  /** From the page to the site root: '' or '../'. */
  root: string;
  /** The actors index is listed only when the site has actor pages. */
  actors: boolean;
}

export function SiteNav({ current, root, actors }: SiteNavProps) {
  const pages = (Object.keys(NAV_LABELS) as NavPage[]).filter((page) => actors || page !== 'actors/index.html');
  return (
    <nav className="site-nav" aria-label="Review lists">
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <a href={`${root}${page}`} aria-current={page === current ? 'page' : undefined}>
              {NAV_LABELS[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A reviewed drama in a list: both titles linked to its page, then its release line and grade; a card with its cover on the review lists. */
export function Entry({ entry }: { entry: ListEntry }) {
  if (entry.cover === undefined) return <li>{entryText(entry)}</li>;
  return (
    <li className="card">
      {entry.cover ? (
        <WebPicture className="card-cover" image={entry.cover} alt={`Poster of ${entry.title}`} sizes="4.5rem" />
      ) : (
        <span className="card-cover card-no-cover" />
      )}
      <span className="card-text">{entryText(entry)}</span>
    </li>
  );
}

function entryText(entry: ListEntry) {
  return (
    <>
      <a href={entry.href}>
        <span className="entry-title">{entry.title}</span> <span lang="ko">{entry.nativeTitle}</span>
      </a>{' '}
      <span className="entry-meta">
        {entry.releaseLine}
        {entry.grade ? `, ${formatGrade(entry.grade)}` : ''}
        {entry.draft ? ' (draft)' : ''}
      </span>
      {entry.note !== undefined && <span className="entry-note">{entry.note}</span>}
    </>
  );
}

/** Links to other pages of the same kind (every year in review), the current one marked. */
export function PageLinks({ label, links }: { label: string; links: { href: string; text: string; current: boolean }[] }) {
  return (
    <nav className="page-links" aria-label={label}>
      <p className="page-links-label">{label}</p>
      <ul className="letters">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.current ? 'page' : undefined}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The A–Z (or grade, or year) links at the top of a grouped list; none when there is one group. */
export function GroupJumpLinks({ groups }: { groups: readonly { id: string; label: string }[] }) {
  if (groups.length < 2) return null;
  return (
    <nav aria-label="Jump to">
      <ul className="letters">
        {groups.map((group) => (
          <li key={group.id}>
            <a href={`#${group.id}`}>{group.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
