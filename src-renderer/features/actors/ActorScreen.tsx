import { useEffect } from 'react';
import { WATCH_STATUS_LABELS } from '@common/model';
import { formatMonthYear } from '@common/house-format/format';
import { NOT_KNOWN } from '../../shared/format/not-known';
import { hrefOf } from '../../app/routes';
import { GradeBadge } from '../../shared/ui/GradeBadge';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { useActorsStore } from './actors-store';
import { CoverThumb } from '../covers/CoverThumb';
import { useCoverThumbs } from '../covers/cover-thumbs-store';
import '../../shared/ui/data-table.css';
import './actors.css';

/** One actor: every drama in the journal with them, the part they played and the grade it got. */
export function ActorScreen({ name }: { name: string }) {
  const { actor, actorState, actorError, actorMissing, loadActor } = useActorsStore();
  const shown = actor && actor.name.toLowerCase() === name.toLowerCase() ? actor : null;
  useDocumentTitle(shown?.name ?? name);

  useEffect(() => {
    void loadActor(name);
  }, [name, loadActor]);
  const thumbs = useCoverThumbs(shown?.credits.map((credit) => credit.dramaId) ?? []);

  if (!shown) {
    return (
      <div className="screen">
        {actorState === 'error' ? (
          <>
            <ScreenHeading>{actorMissing ? `${name} is in no cast` : 'Actor not available'}</ScreenHeading>
            <ErrorNotice message={actorError ?? 'The actor could not be loaded.'} onRetry={actorMissing ? undefined : () => void loadActor(name)} />
            <p>
              <a href={hrefOf({ name: 'actors' })}>All actors</a>
            </p>
          </>
        ) : (
          <Loading>Loading {name}…</Loading>
        )}
      </div>
    );
  }

  const count = shown.credits.length;
  return (
    <div className="screen actor-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>{shown.name}</ScreenHeading>
          <p className="screen__subtitle">
            {count} {count === 1 ? 'drama' : 'dramas'} in your journal
            {shown.averageGrade && (
              <>
                {' '}
                · average grade <strong>{shown.averageGrade.grade}</strong> over {shown.averageGrade.count} graded
              </>
            )}
          </p>
        </div>
        <a className="button" href={hrefOf({ name: 'actors' })}>
          All actors
        </a>
      </header>
      <table className="data-table">
        <caption className="visually-hidden">Dramas with {shown.name}</caption>
        <thead>
          <tr>
            <th scope="col">Drama</th>
            <th scope="col">Part</th>
            <th scope="col">Aired</th>
            <th scope="col">Status</th>
            <th scope="col">Grade</th>
          </tr>
        </thead>
        <tbody>
          {shown.credits.map((credit) => (
            <tr key={`${credit.dramaId}-${credit.character ?? ''}`}>
              <th scope="row">
                <span className="with-cover">
                  <CoverThumb picture={thumbs.get(credit.dramaId)} title={credit.title} />
                  <span>
                    <a href={hrefOf({ name: 'drama', id: credit.dramaId })}>{credit.title}</a>{' '}
                    <span className="muted" lang="ko">
                      {credit.nativeTitle}
                    </span>
                  </span>
                </span>
              </th>
              <td>
                {credit.character ?? <span className="muted">—</span>}
                <span className={`cast-role cast-role--${credit.role}`}>{credit.role === 'lead' ? 'Lead' : 'Support'}</span>
              </td>
              <td>{formatMonthYear(credit.aired) || NOT_KNOWN}</td>
              <td>{WATCH_STATUS_LABELS[credit.status]}</td>
              <td>
                <GradeBadge grade={credit.grade} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
