import { Banner } from '../../house-format/view/Banner';
import { PageHead } from './PageHead';
import { renderEntryItems } from './entry-items';
import { type ListEntry, SiteNav } from './parts';

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
    <html lang="en">
      <PageHead title={`${name} - ${siteTitle}`} description={description} siteTitle={siteTitle} root="../" canonical={canonical} ogType="profile" />
      <body>
        <main>
          <Banner siteTitle={siteTitle} homeHref="../index.html" />
          <SiteNav current={null} root="../" actors />
          <h1 className="list-heading">{name}</h1>
          <p className="list-count">{summary}</p>
          <ul className="review-list" dangerouslySetInnerHTML={{ __html: renderEntryItems(entries).join('') }} />
        </main>
      </body>
    </html>
  );
}
