import { useEffect } from 'react';
import { navigate } from '../../app/router-store';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { LibraryEmpty } from './LibraryEmpty';
import { LibraryTable } from './LibraryTable';
import { useLibrary } from './library-store';
import { SortSelect } from './SortSelect';
import './library.css';

export function LibraryScreen() {
  const { dramas, sort, state, error, load, setSort } = useLibrary();
  useDocumentTitle('Library');

  // Other screens change dramas; the library asks the core again each time it opens.
  useEffect(() => {
    void load();
  }, [load]);

  const count = dramas?.length ?? 0;
  return (
    <div className="screen library-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>Library</ScreenHeading>
          {dramas && count > 0 && (
            <p className="screen__subtitle">
              {count} drama{count === 1 ? '' : 's'}
            </p>
          )}
        </div>
        {dramas && count > 0 && <SortSelect value={sort} onChange={(next) => void setSort(next)} />}
      </header>

      {state === 'error' && error && <ErrorNotice message={error} onRetry={() => void load()} />}
      {!dramas && state === 'loading' && <Loading>Loading your journal…</Loading>}
      {dramas && count === 0 && <LibraryEmpty onAdd={() => navigate({ name: 'new' })} />}
      {dramas && count > 0 && (
        <div className="library-table-wrap" aria-busy={state === 'loading'}>
          <LibraryTable dramas={dramas} />
        </div>
      )}
    </div>
  );
}
