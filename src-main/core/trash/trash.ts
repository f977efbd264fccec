import { randomUUID } from 'node:crypto';
import { JournalError, notFound } from '../common/errors';

/** What Undo put back: the drama it belongs to, so the app can show it again. */
export interface Restored {
  kind: 'drama' | 'note' | 'cast-member';
  dramaId: number;
}

/** What a delete answers: the token that brings back exactly what it deleted, for as long as this journal stays open. */
export interface UndoToken {
  undoToken: string;
}

interface Deleted {
  /** How the deleted thing is named in a refusal: "“Soundtrack #2”", "the note". */
  name: string;
  /** Puts the rows back; runs inside the restoring channel's transaction. */
  restore(): Restored;
}

/** How many deletions can still be undone; the oldest is forgotten first. */
const KEPT = 50;

/**
 * Deleted rows kept in memory for Undo, by an unguessable token. Nothing deleted is written
 * anywhere: closing the journal forgets it, as the user expects of a deletion.
 */
export class Trash {
  private readonly kept = new Map<string, Deleted>();

  keep(deleted: Deleted): UndoToken {
    const token = randomUUID();
    this.kept.set(token, deleted);
    for (const old of this.kept.keys()) {
      if (this.kept.size <= KEPT) break;
      this.kept.delete(old);
    }
    return { undoToken: token };
  }

  /** Restores what `token` names, once; a restore the journal no longer allows changes nothing and says why. */
  restore(token: string): Restored {
    const deleted = this.kept.get(token);
    if (!deleted) throw notFound('That deletion can no longer be undone.');
    let restored: Restored;
    try {
      restored = deleted.restore();
    } catch (error) {
      if (isConstraintError(error)) {
        throw new JournalError('conflict', `${deleted.name} cannot be brought back: the journal has changed since it was deleted.`);
      }
      throw error;
    }
    this.kept.delete(token);
    return restored;
  }
}

function isConstraintError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');
}
