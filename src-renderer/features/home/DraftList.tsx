import type { DramaSummary } from '@common/model';
import { hrefOf } from '../../app/routes';
import { GradeBadge } from '../../shared/ui/GradeBadge';

/** Reviews still in draft, each opening the editor where you left it. */
export function DraftList({ dramas }: { dramas: DramaSummary[] }) {
  return (
    <section className="home-card" aria-labelledby="home-drafts-title">
      <h2 className="home-card__title" id="home-drafts-title">
        Drafts in progress
      </h2>
      {dramas.length === 0 ? (
        <p className="muted">No drafts. A review you start stays here until you mark it final.</p>
      ) : (
        <ul className="home-list" aria-labelledby="home-drafts-title">
          {dramas.map((drama) => (
            <li key={drama.id} className="home-item">
              <GradeBadge grade={drama.grade} />
              <div className="home-item__titles">
                <a className="home-item__title" href={hrefOf({ name: 'review', id: drama.id })}>
                  {drama.title}
                </a>
                <span className="home-item__native">Draft review · continue writing</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
