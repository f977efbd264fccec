import { useEffect } from 'react';
import { navigate } from '../../app/router-store';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { LibraryEmpty, NoMatches } from './LibraryEmpty';
import { LibraryFilters } from './LibraryFilters';
import { LibraryTable } from './LibraryTable';
import { PosterGrid } from '../covers/PosterGrid';
import { LibraryViewSwitch } from '../covers/LibraryViewSwitch';
import { useLibraryView } from '../covers/library-view';
import { filtersActive, useLibraryStore } from './library-store';
import { SortSelect } from './SortSelect';
import './library.css';

export function LibraryScreen() {
  const { dramas, partial, sort, filters, state, error, load, loadChoices, setSort, clearFilters } = useLibraryStore();
  const [view, setView] = useLibraryView();
  useDocumentTitle('Library');

  // Other screens change dramas; the library asks the core again each time it opens.
  useEffect(() => {
    void load();
    void loadChoices();
  }, [load, loadChoices]);

  const count = dramas?.length ?? 0;
  const filtering = filtersActive(filters);
  const emptyJournal = dramas !== null && count === 0 && !filtering;
  return (
    <div className="screen library-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>Library</ScreenHeading>
          {dramas && !emptyJournal && (
            <p className="screen__subtitle" aria-live="polite">
              {partial
                ? 'Counting your dramas…'
                : `${count.toLocaleString('en')} drama${count === 1 ? '' : 's'}${filtering ? (count === 1 ? ' matches' : ' match') : ''}`}
            </p>
          )}
        </div>
        {dramas && !emptyJournal && (
          <div className="library-screen__view">
            <LibraryViewSwitch view={view} onChange={setView} />
            <SortSelect value={sort} onChange={(next) => void setSort(next)} />
          </div>
        )}
      </header>

      {dramas && !emptyJournal && <LibraryFilters />}
      {state === 'error' && error && <ErrorNotice message={error} onRetry={() => void load()} />}
      {!dramas && state === 'loading' && <Loading>Loading your journal…</Loading>}
      {emptyJournal && <LibraryEmpty onAdd={() => navigate({ name: 'new' })} />}
      {dramas && count === 0 && filtering && <NoMatches onClear={() => void clearFilters()} />}
      {dramas && count > 0 && (
        <div className={view === 'posters' ? 'poster-grid-wrap' : 'library-table-wrap'} aria-busy={state === 'loading'}>
          {view === 'posters' ? <PosterGrid dramas={dramas} /> : <LibraryTable dramas={dramas} />}
        </div>
      )}
    </div>
  );
}
