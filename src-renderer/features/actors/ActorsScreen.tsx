import { useEffect, useState } from 'react';
import { hrefOf } from '../../app/routes';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { useActorsStore } from './actors-store';
import '../../shared/ui/data-table.css';
import './actors.css';

/** Every actor in the journal's casts, most dramas first, each linking to their actor screen. */
export function ActorsScreen() {
  const { actors, listState, listError, loadList } = useActorsStore();
  const [filter, setFilter] = useState('');
  useDocumentTitle('Actors');

  useEffect(() => {
    void loadList();
  }, [loadList]);

  const needle = filter.trim().toLowerCase();
  const shown = actors?.filter((a) => !needle || a.name.toLowerCase().includes(needle)) ?? null;
  return (
    <div className="screen actors-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>Actors</ScreenHeading>
          {actors && (
            <p className="screen__subtitle">
              {actors.length.toLocaleString('en')} {actors.length === 1 ? 'actor' : 'actors'} in your dramas’ casts
            </p>
          )}
        </div>
        {actors && actors.length > 0 && (
          <div className="field field--inline">
            <label className="field__label" htmlFor="actor-filter">
              Show actors named
            </label>
            <input id="actor-filter" className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
        )}
      </header>
      {listState === 'error' && listError && <ErrorNotice message={listError} onRetry={() => void loadList()} />}
      {!actors && listState === 'loading' && <Loading>Loading actors…</Loading>}
      {actors && actors.length === 0 && (
        <p className="muted">No cast yet. Add cast on a drama’s screen, or confirm the cast a review names when you import it.</p>
      )}
      {shown && shown.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col" className="data-table__number">
                Dramas
              </th>
              <th scope="col" className="data-table__number">
                Lead roles
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((actor) => (
              <tr key={actor.name}>
                <th scope="row">
                  <a href={hrefOf({ name: 'actor', actor: actor.name })}>{actor.name}</a>
                </th>
                <td className="data-table__number">{actor.dramas}</td>
                <td className="data-table__number">{actor.leadRoles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && actors && actors.length > 0 && shown.length === 0 && <p className="muted">No actor’s name contains “{filter.trim()}”.</p>}
    </div>
  );
}
