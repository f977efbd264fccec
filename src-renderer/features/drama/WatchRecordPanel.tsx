import { WATCH_STATUS_LABELS, type Drama } from '../../../src-main/core/model';
import { formatDay } from '../../shared/format/dates';

interface WatchRecordPanelProps {
  drama: Drama;
  busy: boolean;
  error: string | null;
  onNextEpisode(): void;
}

export function WatchRecordPanel({ drama, busy, error, onNextEpisode }: WatchRecordPanelProps) {
  const { watch, episodes } = drama;
  const allWatched = watch.episodesWatched >= episodes;
  return (
    <section className="panel" aria-labelledby="watch-record-title">
      <h2 className="panel__title" id="watch-record-title">
        Watch record
      </h2>
      <div className="watch-progress">
        <div className="watch-progress__summary">
          <p className="watch-progress__text" aria-live="polite">
            <span className="watch-progress__count">
              {watch.episodesWatched} / {episodes}
            </span>{' '}
            episodes watched
          </p>
          <span className={`status-pill status-pill--${watch.status}`}>{WATCH_STATUS_LABELS[watch.status]}</span>
        </div>
        <progress className="watch-progress__bar" max={episodes} value={watch.episodesWatched} aria-label="Episodes watched" />
        <button
          type="button"
          className="button"
          onClick={onNextEpisode}
          disabled={busy || allWatched}
          title={allWatched ? 'Every episode is watched' : 'Mark the next episode as watched'}
        >
          +1 episode
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <dl className="facts facts--grid">
        <div>
          <dt>Started on</dt>
          <dd>{formatDay(watch.startedOn)}</dd>
        </div>
        <div>
          <dt>Finished on</dt>
          <dd>{formatDay(watch.finishedOn)}</dd>
        </div>
        <div>
          <dt>Rewatches</dt>
          <dd>{watch.rewatches}</dd>
        </div>
      </dl>
    </section>
  );
}
