import type { DramaSummary } from '@common/model';
import { hrefOf } from '../../app/routes';
import { formatDay } from '../../shared/format/dates';
import { GradeBadge } from '../../shared/ui/GradeBadge';

/** The dramas finished most recently; one with no review yet offers to start it. */
export function RecentlyFinished({ dramas }: { dramas: DramaSummary[] }) {
  return (
    <section className="home-card" aria-labelledby="home-finished-title">
      <h2 className="home-card__title" id="home-finished-title">
        Recently finished
      </h2>
      {dramas.length === 0 ? (
        <p className="muted">Nothing finished yet. Dramas you complete appear here, newest first.</p>
      ) : (
        <ul className="home-list" aria-labelledby="home-finished-title">
          {dramas.map((drama) => (
            <li key={drama.id} className="home-item">
              <GradeBadge grade={drama.grade} />
              <div className="home-item__titles">
                <a className="home-item__title" href={hrefOf({ name: 'drama', id: drama.id })}>
                  {drama.title}
                </a>
                <span className="home-item__native">Finished {formatDay(drama.finishedOn)}</span>
              </div>
              {drama.reviewState === null && (
                <a className="home-item__action" href={hrefOf({ name: 'review', id: drama.id })} aria-label={`Write a review of ${drama.title}`}>
                  Write a review
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
