import { formatGrade } from '../../house-format/format';
import { Banner } from '../../house-format/view/Banner';
import type { Grade } from '../../model';
import { PageHead } from './PageHead';

export interface ListEntry {
  title: string;
  nativeTitle: string;
  releaseLine: string;
  grade: Grade | null;
  /** From the site root: `reviews/soundtrack-2.html`. */
  href: string;
  draft: boolean;
}

export interface ListGroup {
  /** Fragment id: `letter-a`, `grade-b-plus`, `year-2023`. */
  id: string;
  label: string;
  entries: ListEntry[];
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
  groups: ListGroup[];
  total: number;
  canonical: string | null;
}

function SiteNav({ current }: { current: ListPageName }) {
  const labels: Record<ListPageName, string> = { 'index.html': 'A–Z', 'by-grade.html': 'By grade', 'by-year.html': 'By year' };
  return (
    <nav className="site-nav" aria-label="Review lists">
      <ul>
        {(Object.keys(labels) as ListPageName[]).map((page) => (
          <li key={page}>
            <a href={page} aria-current={page === current ? 'page' : undefined}>
              {labels[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Entry({ entry }: { entry: ListEntry }) {
  return (
    <li>
      <a href={entry.href}>
        <span className="entry-title">{entry.title}</span> <span lang="ko">{entry.nativeTitle}</span>
      </a>{' '}
      <span className="entry-meta">
        {entry.releaseLine}
        {entry.grade ? `, ${formatGrade(entry.grade)}` : ''}
        {entry.draft ? ' (draft)' : ''}
      </span>
    </li>
  );
}

/** index.html, by-grade.html, by-year.html: every exported review, grouped, each linked to its page. */
export function ListPage({ page, siteTitle, groups, total, canonical }: ListPageProps) {
  const heading = LIST_PAGES[page];
  const count = total === 1 ? '1 Korean drama review' : `${total} Korean drama reviews`;
  return (
    <html lang="en">
      <PageHead
        title={page === 'index.html' ? siteTitle : `${heading} - ${siteTitle}`}
        description={`${heading}: ${count}.`}
        siteTitle={siteTitle}
        root=""
        canonical={canonical}
        ogType="website"
      />
      <body>
        <main>
          <Banner siteTitle={siteTitle} homeHref="index.html" />
          <SiteNav current={page} />
          <h1 className="list-heading">{heading}</h1>
          <p className="list-count">{total === 0 ? 'No reviews yet.' : count}</p>
          {groups.length > 1 && (
            <nav aria-label="Jump to">
              <ul className="letters">
                {groups.map((group) => (
                  <li key={group.id}>
                    <a href={`#${group.id}`}>{group.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {groups.map((group) => (
            <section key={group.id} aria-labelledby={group.id}>
              <h2 className="group-heading" id={group.id}>
                {group.label}
              </h2>
              <ul className="review-list">
                {group.entries.map((entry) => (
                  <Entry key={entry.href} entry={entry} />
                ))}
              </ul>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
