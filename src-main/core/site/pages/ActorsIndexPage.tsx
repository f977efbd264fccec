import { Banner } from '../../house-format/view/Banner';
import { PageHead } from './PageHead';
import { GroupJumpLinks, SiteNav } from './parts';

export interface ActorListEntry {
  name: string;
  /** Relative to `actors/`: `jeon-hye-jin.html`. */
  href: string;
  /** `3 dramas, 1 lead role` */
  meta: string;
}

export interface ActorGroup {
  /** Fragment id: `letter-a`, `letter-other`. */
  id: string;
  label: string;
  actors: ActorListEntry[];
}

export interface ActorsIndexPageProps {
  siteTitle: string;
  groups: ActorGroup[];
  total: number;
  canonical: string | null;
}

/** `actors/index.html`: every actor with a page, A–Z. */
export function ActorsIndexPage({ siteTitle, groups, total, canonical }: ActorsIndexPageProps) {
  const count = total === 1 ? '1 actor' : `${total} actors`;
  return (
    <html lang="en">
      <PageHead
        title={`Actors - ${siteTitle}`}
        description={`Actors in the Korean dramas reviewed: ${count}.`}
        siteTitle={siteTitle}
        root="../"
        canonical={canonical}
        ogType="website"
      />
      <body>
        <main>
          <Banner siteTitle={siteTitle} homeHref="../index.html" />
          <SiteNav current="actors/index.html" root="../" actors />
          <h1 className="list-heading">Actors</h1>
          <p className="list-count">{count}</p>
          <GroupJumpLinks groups={groups} />
          {groups.map((group) => (
            <section key={group.id} aria-labelledby={group.id}>
              <h2 className="group-heading" id={group.id}>
                {group.label}
              </h2>
              <ul className="review-list">
                {group.actors.map((actor) => (
                  <li key={actor.href}>
                    <a href={actor.href}>
                      <span className="entry-title">{actor.name}</span>
                    </a>{' '}
                    <span className="entry-meta">{actor.meta}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
