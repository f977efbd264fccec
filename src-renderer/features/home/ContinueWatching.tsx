import type { DramaSummary } from '@common/model';
import { hrefOf } from '../../app/routes';
import { ActionError } from '../../shared/ui/ErrorAlerts';

interface ContinueWatchingProps {
  dramas: DramaSummary[];
  /** The drama whose +1 episode is being saved. */
  stepping: number | null;
  error: { dramaId: number; message: string } | null;
  onNextEpisode(id: number): void;
}

/** The dramas being watched, with how far you are and a button for the episode you just watched. */
export function ContinueWatching({ dramas, stepping, error, onNextEpisode }: ContinueWatchingProps) {
  return (
    <section className="home-card home-card--watching" aria-labelledby="home-watching-title">
      <h2 className="home-card__title" id="home-watching-title">
        Continue watching
      </h2>
      {dramas.length === 0 ? (
        <p className="muted">
          Nothing being watched. Pick a drama in the <a href={hrefOf({ name: 'library' })}>library</a> and mark an episode watched.
        </p>
      ) : (
        <ul className="home-list" aria-labelledby="home-watching-title">
          {dramas.map((drama) => {
            const progressId = `home-progress-${drama.id}`;
            return (
              <li key={drama.id} className="home-item home-item--watching">
                <div className="home-item__titles">
                  <a className="home-item__title" href={hrefOf({ name: 'drama', id: drama.id })}>
                    {drama.title}
                  </a>
                  {drama.nativeTitle && (
                    <span className="home-item__native" lang="ko">
                      {drama.nativeTitle}
                    </span>
                  )}
                </div>
                <div className="home-item__progress">
                  <span id={progressId} className="home-item__count">
                    Episode {drama.episodesWatched}
                    {drama.episodes !== null && ` of ${drama.episodes}`}
                  </span>
                  {drama.episodes !== null && (
                    <progress className="home-item__bar" max={drama.episodes} value={drama.episodesWatched} aria-labelledby={progressId} />
                  )}
                </div>
                <button
                  type="button"
                  className="button home-item__step"
                  aria-label={`+1 episode of ${drama.title}`}
                  disabled={stepping === drama.id || (drama.episodes !== null && drama.episodesWatched >= drama.episodes)}
                  onClick={() => onNextEpisode(drama.id)}
                >
                  +1 episode
                </button>
                {error?.dramaId === drama.id && <ActionError message={error.message} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
