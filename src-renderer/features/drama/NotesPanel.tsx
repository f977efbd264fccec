import { useState } from 'react';
import type { Drama, Note } from '@common/model';
import { messageOf } from '../../api/api-error';
import { offerUndoOfDelete } from '../../app/undo-delete';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { LockIcon } from '../../shared/ui/LockIcon';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';
import { noteSubject } from './note-fields';
import { useDramaStore } from './drama-store';

/** Notes only the user sees: kept in the journal, never written to an export. */
export function NotesPanel({ drama }: { drama: Drama }) {
  const { busy, addNote, updateNote, deleteNote } = useDramaStore();
  const [pendingDelete, setPendingDelete] = useState<Note | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function confirmDelete() {
    if (!pendingDelete) return;
    try {
      const token = await deleteNote(pendingDelete.id);
      setPendingDelete(null);
      offerUndoOfDelete(`Deleted the note on ${noteSubject(pendingDelete.episode).toLowerCase()}.`, token, ({ dramaId }) => {
        if (useDramaStore.getState().drama?.id === dramaId) void useDramaStore.getState().load(dramaId);
      });
    } catch (error) {
      setDeleteError(messageOf(error));
    }
  }

  return (
    <section className="panel panel--private" aria-labelledby="notes-title">
      <div className="panel__heading">
        <h2 className="panel__title" id="notes-title">
          Private notes
        </h2>
        <span className="private-badge">
          <LockIcon /> Only you see these. Never exported.
        </span>
      </div>
      {drama.notes.length === 0 ? (
        <p className="muted">No notes yet. Jot down a thought about the whole drama or about one episode.</p>
      ) : (
        <ul className="stack-list notes" aria-label="Notes">
          {drama.notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              busy={busy}
              onSave={(text) => updateNote(note.id, text)}
              onDelete={() => {
                setDeleteError(null);
                setPendingDelete(note);
              }}
            />
          ))}
        </ul>
      )}
      {/* While the episode count is not known, a note can be on any episode watched so far. */}
      <NoteComposer episodes={drama.episodes ?? drama.watch.episodesWatched} busy={busy} onAdd={addNote} />
      <ConfirmDialog
        open={pendingDelete !== null}
        title="Delete this note?"
        confirmLabel="Delete note"
        busy={busy}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      >
        {pendingDelete && (
          <>
            <p>
              Your note on {noteSubject(pendingDelete.episode).toLowerCase()} will be removed from the journal. You can undo it
              for a few seconds afterwards.
            </p>
            <blockquote className="dialog__quote">{pendingDelete.text}</blockquote>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
