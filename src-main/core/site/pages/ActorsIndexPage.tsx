import { GroupJumpLinks, plural } from './parts';
import { HeadedSection, SitePage } from './SitePage';

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
  const count = plural(total, 'actor', 'actors');
  return (
    <SitePage
      title={`Actors - ${siteTitle}`}
      description={`Actors in the Korean dramas reviewed: ${count}.`}
      siteTitle={siteTitle}
      root="../"
      canonical={canonical}
      ogType="website"
      current="actors/index.html"
      actors
      heading="Actors"
      count={count}
    >
      <GroupJumpLinks groups={groups} />
      {groups.map((group) => (
        <HeadedSection key={group.id} id={group.id} heading={group.label}>
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
        </HeadedSection>
      ))}
    </SitePage>
  );
}
