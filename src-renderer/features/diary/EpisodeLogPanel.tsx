import { useState } from 'react';
import { GRADES, type Drama, type EpisodeChangeInput, type EpisodeLogEntry, type Grade } from '@common/model';
import { messageOf } from '../../api/api-error';
import { formatDay } from '../../shared/format/dates';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { useDiaryStore } from './diary-store';
import { episodeRows, type EpisodeRow } from './episode-rows';

/** The episodes watched, with the day each was watched and a grade of its own, both changed in place. */
export function EpisodeLogPanel({ drama, log }: { drama: Drama; log: readonly EpisodeLogEntry[] }) {
  const rows = episodeRows(log);
  return (
    <section className="panel" aria-labelledby="episode-log-title">
      <h2 className="panel__title" id="episode-log-title">
        Episode log
      </h2>
      {rows.length === 0 ? (
        <p className="muted">No episodes logged yet. “+1 episode” logs the day you watched each one; then you can grade it here.</p>
      ) : (
        <ol className="episode-log" aria-label="Episodes watched">
          {rows.map((row) => (
            <EpisodeLogRow key={row.episode} dramaId={drama.id} row={row} />
          ))}
        </ol>
      )}
    </section>
  );
}

function EpisodeLogRow({ dramaId, row }: { dramaId: number; row: EpisodeRow }) {
  const changeEpisode = useDiaryStore((state) => state.changeEpisode);
  const [day, setDay] = useState(row.watchedOn);
  const [error, setError] = useState<string | null>(null);
  // The core's answer is the truth: a day it stored replaces what was typed.
  const [stored, setStored] = useState(row.watchedOn);
  if (stored !== row.watchedOn) {
    setStored(row.watchedOn);
    setDay(row.watchedOn);
  }

  async function change(patch: Omit<EpisodeChangeInput, 'dramaId' | 'episode'>) {
    setError(null);
    try {
      await changeEpisode({ dramaId, episode: row.episode, ...patch });
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  const saveDay = () => {
    if (day !== row.watchedOn) void change({ watchedOn: day });
  };

  const id = `episode-${row.episode}`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <li className="episode-log__item">
      <span className="episode-log__episode">Episode {row.episode}</span>
      <span className="episode-log__controls">
        <input
          id={`${id}-day`}
          type="date"
          aria-label={`Episode ${row.episode} watched on`}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          value={day}
          onChange={(event) => setDay(event.target.value)}
          onBlur={saveDay}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              saveDay();
            }
          }}
        />
        <select
          id={`${id}-grade`}
          aria-label={`Episode ${row.episode} grade`}
          value={row.grade ?? ''}
          onChange={(event) => void change({ grade: (event.target.value || null) as Grade | null })}
        >
          <option value="">No grade</option>
          {GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {grade}
            </option>
          ))}
        </select>
      </span>
      {row.earlier.length > 0 && <span className="episode-log__earlier muted">Also watched {row.earlier.map((d) => formatDay(d)).join(', ')}</span>}
      {error && (
        <span className="episode-log__error" id={errorId}>
          <ActionError message={error} />
        </span>
      )}
    </li>
  );
}
