import type { Database } from 'better-sqlite3';
import { isoNow, type Clock } from '../clock';
import { invalidInput, gone } from '../common/errors';
import type { Note, NoteAddInput, NoteUpdateInput } from '../common/model';
import { type NoteRow, toNote } from '../dramas/rows';
import { type FieldLabel, fieldName } from '../common/validation/fields';

/** Private notes on a drama or one of its episodes. They never leave the journal in an export. */
export class NoteRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** `label` names the episode in a refusal (the CLI passes its option). */
  add(input: NoteAddInput, label: FieldLabel = fieldName): Note {
    const drama = this.db.prepare('SELECT episodes FROM dramas WHERE id = ?').get(input.dramaId) as
      | { episodes: number | null }
      | undefined;
    if (!drama) throw gone('drama');
    // While the episode count is not known, a note may be on any episode.
    if (input.episode !== null && drama.episodes !== null && input.episode > drama.episodes) {
      throw invalidInput(`${label('episode', 'episode')} must be from 1 to ${drama.episodes}, the drama's episode count`, { field: 'episode' });
    }
    const now = isoNow(this.clock);
    const id = this.db
      .prepare('INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.dramaId, input.episode, input.text, now, now).lastInsertRowid;
    return this.get(Number(id));
  }

  update(input: NoteUpdateInput): Note {
    const { changes } = this.db
      .prepare('UPDATE notes SET text = ?, updated_at = ? WHERE id = ?')
      .run(input.text, isoNow(this.clock), input.id);
    if (!changes) throw gone('note');
    return this.get(input.id);
  }

  delete(id: number): void {
    const { changes } = this.db.prepare('DELETE FROM notes WHERE id = ?').run(id);
    if (!changes) throw gone('note');
  }

  get(id: number): Note {
    const row = this.db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
    if (!row) throw gone('note');
    return toNote(row);
  }
}
