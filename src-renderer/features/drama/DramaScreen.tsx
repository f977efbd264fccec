import { useEffect, useState } from 'react';
import { navigate } from '../../app/router-store';
import { offerUndoOfDelete } from '../../app/undo-delete';
import { hrefOf } from '../../app/routes';
import { messageOf } from '../../api/api-error';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { DramaDetails } from './DramaDetails';
import { useDramaStore } from './drama-store';
import { NotesPanel } from './NotesPanel';
import { ReviewPanel } from './ReviewPanel';
import { WatchRecordPanel } from './WatchRecordPanel';
import { CastSection } from '../actors/CastSection';
import { CoverPanel } from '../covers/CoverPanel';
import { AddToList } from '../lists/AddToList';
import { DramaDiarySection } from '../diary/DramaDiarySection';
import './drama.css';

export function DramaScreen({ id }: { id: number }) {
  const { drama, loadState, loadError, actionError, busy, load, nextEpisode, updateWatch, deleteDrama } = useDramaStore();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const shown = drama?.id === id ? drama : null;
  useDocumentTitle(shown?.title ?? 'Drama');

  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (!shown) {
    return (
      <div className="screen">
        {loadState === 'error' ? (
          <>
            <ScreenHeading>Drama not available</ScreenHeading>
            <ErrorNotice message={loadError ?? 'The drama could not be loaded.'} onRetry={() => void load(id)} />
            <p>
              <a href={hrefOf({ name: 'library' })}>Back to the library</a>
            </p>
          </>
        ) : (
          <Loading>Loading the drama…</Loading>
        )}
      </div>
    );
  }

  const { title } = shown;
  async function confirmDelete() {
    try {
      const token = await deleteDrama();
      setConfirmingDelete(false);
      navigate({ name: 'library' }, { replace: true, force: true });
      offerUndoOfDelete(`Deleted “${title}”.`, token, () => navigate({ name: 'drama', id }));
    } catch (error) {
      setDeleteError(messageOf(error));
    }
  }

  return (
    <div className="screen drama-screen">
      <header className="screen__header">
        <div className="drama-screen__titles">
          <ScreenHeading>{shown.title}</ScreenHeading>
          <p className="drama-screen__native" lang="ko">
            {shown.nativeTitle}
          </p>
        </div>
        <div className="screen__actions">
          <a className="button" href={hrefOf({ name: 'edit', id: shown.id })}>
            Edit
          </a>
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => {
              setDeleteError(null);
              setConfirmingDelete(true);
            }}
          >
            Delete
          </button>
        </div>
      </header>

      <CoverPanel dramaId={shown.id} title={shown.title} />
      <div className="drama-screen__grid">
        <DramaDetails drama={shown} />
        <WatchRecordPanel
          drama={shown}
          busy={busy}
          error={actionError}
          onNextEpisode={() => void nextEpisode()}
          onUpdate={updateWatch}
        />
        <ReviewPanel drama={shown} />
      </div>
      <DramaDiarySection drama={shown} />
      <CastSection dramaId={shown.id} />
      <AddToList dramaId={shown.id} title={shown.title} />
      <NotesPanel drama={shown} />

      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete ${shown.title}?`}
        confirmLabel="Delete drama"
        busy={busy}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>
          This removes the drama, your watch record, its review and your private notes from the journal. You can undo it for a few seconds afterwards.
        </p>
      </ConfirmDialog>
    </div>
  );
}
