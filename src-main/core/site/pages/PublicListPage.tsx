import type { PublicListItem } from '../public-lists';
import { Entry, plural } from './parts';
import { SitePage } from './SitePage';
import { firstSentence } from '../describe';

export interface PublicListPageProps {
  siteTitle: string;
  name: string;
  description: string;
  /** In the user's order. */
  items: PublicListItem[];
  /** Whether the site has actor pages (the navigation then lists their index). */
  actors: boolean;
  canonical: string | null;
}

/** `lists/<slug>.html`: one of the user's public lists, its dramas in the user's order, each with the note written for the list. */
export function PublicListPage({ siteTitle, name, description, items, actors, canonical }: PublicListPageProps) {
  const count = plural(items.length, 'Korean drama', 'Korean dramas');
  const paragraphs = description.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <SitePage
      title={`${name} - ${siteTitle}`}
      description={paragraphs.length ? firstSentence(paragraphs[0]) : `${name}: ${count}.`}
      siteTitle={siteTitle}
      root="../"
      canonical={canonical}
      ogType="website"
      current={null}
      actors={actors}
      heading={name}
      count={items.length === 0 ? 'No dramas in this list yet.' : count}
    >
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="list-description">
          {paragraph}
        </p>
      ))}
      {items.length > 0 && (
        <ol className="review-list list-items">
          {items.map((item, i) => (item.href === null ? <UnlinkedEntry key={i} item={item} /> : <Entry key={i} entry={{ ...item, href: item.href }} />))}
        </ol>
      )}
    </SitePage>
  );
}

/** A drama the site has no review page for: its titles as text, never a link to a page that is not there. */
function UnlinkedEntry({ item }: { item: PublicListItem }) {
  return (
    <li>
      <span className="entry-title">{item.title}</span> <span lang="ko">{item.nativeTitle}</span>{' '}
      <span className="entry-meta">{item.releaseLine}</span>
      {item.note !== undefined && <span className="entry-note">{item.note}</span>}
    </li>
  );
}
