import type { Journal } from '../journal';
import { insertRows, rowsWithDependents } from './deleted-rows';
import type { UndoToken } from './trash';

/**
 * The app's deletes: each captures every row the delete takes (with the same ids) before it
 * deletes, and keeps them in the journal's trash, so Undo puts the journal back as it was.
 */

/** A drama with its review, revisions, notes, cast, cover, diary and list places. */
export function deleteDrama(journal: Journal, id: number): UndoToken {
  const { title } = journal.dramas.get(id);
  const rows = rowsWithDependents(journal.db, 'dramas', 'id', id);
  journal.dramas.delete(id);
  return journal.trash.keep({
    name: `“${title}”`,
    restore: () => (insertRows(journal.db, rows), { kind: 'drama', dramaId: id }),
  });
}

export function deleteNote(journal: Journal, id: number): UndoToken {
  const { dramaId } = journal.notes.get(id);
  const rows = rowsWithDependents(journal.db, 'notes', 'id', id);
  journal.notes.delete(id);
  return journal.trash.keep({
    name: 'The note',
    restore: () => (insertRows(journal.db, rows), { kind: 'note', dramaId }),
  });
}

/** A cast member goes back to the place they had; the ones after them move down again. */
export function deleteCastMember(journal: Journal, id: number): UndoToken {
  const member = journal.cast.get(id);
  const rows = rowsWithDependents(journal.db, 'cast_members', 'id', id);
  journal.cast.delete(id);
  return journal.trash.keep({
    name: member.actor,
    restore: () => {
      journal.cast.makeRoomAt(member.dramaId, member.position);
      insertRows(journal.db, rows);
      return { kind: 'cast-member', dramaId: member.dramaId };
    },
  });
}
