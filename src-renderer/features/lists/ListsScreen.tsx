import { useEffect } from 'react';
import { navigate } from '../../app/router-store';
import { hrefOf } from '../../app/routes';
import { LockIcon } from '../../shared/ui/LockIcon';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { ListDetailsForm } from './ListDetailsForm';
import { useListsStore } from './lists-store';
import './lists.css';

const EMPTY = { name: '', description: '', public: false };

/** The user's own lists: each links to its page; a new one is made here. */
export function ListsScreen() {
  const { lists, listsState, listsError, busy, loadLists, create } = useListsStore();
  useDocumentTitle('Lists');

  useEffect(() => {
    void loadLists();
  }, [loadLists]);

  return (
    <div className="screen lists-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>Lists</ScreenHeading>
          <p className="screen__subtitle">Your own lists of dramas, in your order: “Comfort rewatches”, “Best of 2025”.</p>
        </div>
      </header>
      {listsState === 'error' && listsError && <ErrorNotice message={listsError} onRetry={() => void loadLists()} />}
      {!lists && listsState === 'loading' && <Loading>Loading lists…</Loading>}
      {lists && lists.length === 0 && <p className="muted">No lists yet. Make one below, then add dramas to it from a drama’s screen.</p>}
      {lists && lists.length > 0 && (
        <ul className="lists-index" aria-label="Your lists">
          {lists.map((list) => (
            <li key={list.id} className="lists-index__item">
              <a className="lists-index__name" href={hrefOf({ name: 'list', id: list.id })}>
                {list.name}
              </a>
              <span className="lists-index__meta">
                {list.size} {list.size === 1 ? 'drama' : 'dramas'} ·{' '}
                {list.public ? (
                  'public'
                ) : (
                  <>
                    <LockIcon /> private
                  </>
                )}
              </span>
              {list.description && <p className="lists-index__description">{list.description}</p>}
            </li>
          ))}
        </ul>
      )}
      <section className="panel" aria-labelledby="new-list-title">
        <h2 className="panel__title" id="new-list-title">
          New list
        </h2>
        <ListDetailsForm
          initial={EMPTY}
          submitLabel="Make list"
          busy={busy}
          resetAfterSave
          onSubmit={async (details) => {
            const list = await create(details);
            navigate({ name: 'list', id: list.id });
          }}
        />
      </section>
    </div>
  );
}
