import { useState, type FormEvent } from 'react';
import { escapeCancels } from '../../shared/forms/escape-cancels';
import type { Note } from '@common/model';
import { Field } from '../../shared/forms/Field';
import { checkInput } from '@common/validation/parse';
import { noteContentSchema } from '@common/validation/schemas';
import { formErrorsFrom, formErrorsOf, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { formatMoment } from '../../shared/format/dates';
import { useUnsavedChanges } from '../../app/leave-guard';
import { NOTE_FIELDS_BY_CORE_NAME, noteSubject, type NoteField } from './note-fields';

interface NoteItemProps {
  note: Note;
  busy: boolean;
  onSave(text: string): Promise<void>;
  onDelete(): void;
}

export function NoteItem({ note, busy, onSave, onDelete }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [errors, setErrors] = useState<FormErrors<NoteField>>(NO_ERRORS);
  const subject = noteSubject(note.episode);
  const edited = note.updatedAt !== note.createdAt;
  useUnsavedChanges(editing && text !== note.text);

  function startEditing() {
    setText(note.text);
    setErrors(NO_ERRORS);
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const note = checkInput(noteContentSchema, { episode: null, text });
    if (!note.ok) return setErrors(formErrorsOf(note.problems, NOTE_FIELDS_BY_CORE_NAME));
    try {
      await onSave(note.value.text);
      setEditing(false);
    } catch (error) {
      setErrors(formErrorsFrom(error, NOTE_FIELDS_BY_CORE_NAME));
    }
  }

  const onKeyDown = escapeCancels(() => setEditing(false));

  return (
    <li className="note">
      <article aria-label={`Note on ${subject.toLowerCase()}`}>
        <header className="note__header">
          <span className="note__subject">{subject}</span>
          <span className="note__time">
            {edited ? 'Edited ' : ''}
            {formatMoment(note.updatedAt)}
          </span>
        </header>
        {editing ? (
          <form className="note__editor" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
            <Field id={`note-${note.id}-text`} label="Edit note" error={errors.fields.text ?? errors.form ?? undefined}>
              {(control) => <textarea {...control} rows={3} value={text} autoFocus onChange={(e) => setText(e.target.value)} />}
            </Field>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                Save note
              </button>
              <button type="button" className="button" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <>
            <p className="note__text">{note.text}</p>
            <div className="note__actions">
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Edit note on ${subject.toLowerCase()}`}
                onClick={startEditing}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--quiet button--danger-text"
                aria-label={`Delete note on ${subject.toLowerCase()}`}
                onClick={onDelete}
              >
                Delete
              </button>
            </div>
          </>
        )}
      </article>
    </li>
  );
}
