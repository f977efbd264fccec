import { GroupJumpLinks, type ListEntry, PageLinks, plural } from './parts';
import { HeadedSection, SitePage } from './SitePage';

export type { ListEntry } from './parts';

export interface ListGroup {
  /** Fragment id: `letter-a`, `grade-b-plus`, `year-2023`. */
  id: string;
  label: string;
  entries: ListEntry[];
}

/** A group with its entries' markup, each `<li>` drawn once by `Entry` (see renderEntryItems). */
export interface RenderedGroup {
  id: string;
  label: string;
  items: readonly string[];
}

export const LIST_PAGES = {
  'index.html': 'All reviews A–Z',
  'by-grade.html': 'Reviews by grade',
  'by-year.html': 'Reviews by year',
} as const;
export type ListPageName = keyof typeof LIST_PAGES;

export interface ListPageProps {
  page: ListPageName;
  siteTitle: string;
  groups: readonly RenderedGroup[];
  total: number;
  canonical: string | null;
  /** Whether the site has actor pages (the navigation then lists their index). */
  actors: boolean;
  /** Years with a year-in-review page, newest first: the index links each. */
  years: readonly number[];
  /** The user's public lists: the index links each. */
  publicLists: readonly { name: string; path: string }[];
}

/** index.html, by-grade.html, by-year.html: every exported review, grouped, each linked to its page. */
export function ListPage({ page, siteTitle, groups, total, canonical, actors, years, publicLists }: ListPageProps) {
  const heading = LIST_PAGES[page];
  const count = plural(total, 'Korean drama review', 'Korean drama reviews');
  return (
    <SitePage
      title={page === 'index.html' ? siteTitle : `${heading} - ${siteTitle}`}
      description={`${heading}: ${count}.`}
      siteTitle={siteTitle}
      root=""
      canonical={canonical}
      ogType="website"
      current={page}
      actors={actors}
      beforeHeading={
        page === 'index.html' && (
          <>
            {years.length > 0 && <PageLinks label="Year in review" links={years.map((year) => ({ href: `year/${year}.html`, text: String(year), current: false }))} />}
            {publicLists.length > 0 && <PageLinks label="Lists" links={publicLists.map((list) => ({ href: list.path, text: list.name, current: false }))} />}
          </>
        )
      }
      heading={heading}
      count={total === 0 ? 'No reviews yet.' : count}
    >
      <GroupJumpLinks groups={groups} />
      {groups.map((group) => (
        <HeadedSection key={group.id} id={group.id} heading={group.label}>
          <ul className="review-list" dangerouslySetInnerHTML={{ __html: group.items.join('') }} />
        </HeadedSection>
      ))}
    </SitePage>
  );
}
