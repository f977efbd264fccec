import { renderEntryItems } from './entry-items';
import type { ListEntry } from './parts';
import { SitePage } from './SitePage';

export interface ActorPageProps {
  name: string;
  siteTitle: string;
  /** Line under the name: how many dramas, the average grade. */
  summary: string;
  /** The exported dramas with this actor, newest first, each noting the part played. */
  entries: ListEntry[];
  description: string;
  canonical: string | null;
}

/** `actors/<slug>.html`: every exported review of a drama with this actor, linked. */
export function ActorPage({ name, siteTitle, summary, entries, description, canonical }: ActorPageProps) {
  return (
    <SitePage
      title={`${name} - ${siteTitle}`}
      description={description}
      siteTitle={siteTitle}
      root="../"
      canonical={canonical}
      ogType="profile"
      current={null}
      actors
      heading={name}
      count={summary}
    >
      <ul className="review-list" dangerouslySetInnerHTML={{ __html: renderEntryItems(entries).join('') }} />
    </SitePage>
  );
}
