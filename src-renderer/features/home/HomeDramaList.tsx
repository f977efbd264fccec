import type { ReactNode } from 'react';
import type { DramaSummary } from '@common/model';
import { GradeBadge } from '../../shared/ui/GradeBadge';

interface HomeDramaListProps {
  /** Names the card's heading element, for the card and its list. */
  id: string;
  title: string;
  /** Said when the list is empty: what will appear here. */
  empty: string;
  dramas: DramaSummary[];
  /** Where the drama's title leads. */
  hrefOf(drama: DramaSummary): string;
  /** The line under the title. */
  detail(drama: DramaSummary): string;
  /** A link at the row's end, when the drama has one. */
  action?(drama: DramaSummary): ReactNode;
}

/** A home card listing dramas, each with its grade, its title as a link, a line about it and perhaps an action. */
export function HomeDramaList({ id, title, empty, dramas, hrefOf, detail, action }: HomeDramaListProps) {
  return (
    <section className="home-card" aria-labelledby={id}>
      <h2 className="home-card__title" id={id}>
        {title}
      </h2>
      {dramas.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="home-list" aria-labelledby={id}>
          {dramas.map((drama) => (
            <li key={drama.id} className="home-item">
              <span className="home-item__grade">
                <GradeBadge grade={drama.grade} />
              </span>
              <div className="home-item__titles">
                <a className="home-item__title" href={hrefOf(drama)}>
                  {drama.title}
                </a>
                <span className="home-item__native">{detail(drama)}</span>
              </div>
              {action?.(drama)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
