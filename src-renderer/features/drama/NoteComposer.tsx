import { useState, type FormEvent } from 'react';
import type { NoteAddInput } from '@common/model';
import { Field } from '../../shared/forms/Field';
import { checkInput } from '@common/validation/parse';
import { noteContentSchema } from '@common/validation/schemas';
import { formErrorsFrom, formErrorsOf, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { FormError } from '../../shared/ui/ErrorAlerts';
import { useUnsavedChanges } from '../../app/leave-guard';
import { NOTE_FIELDS_BY_CORE_NAME, noteSubject, type NoteField } from './note-fields';

interface NoteComposerProps {
  episodes: number;
  busy: boolean;
  onAdd(input: Omit<NoteAddInput, 'dramaId'>): Promise<void>;
}

/** Writes a new private note on the drama or on one episode. The text stays put if saving fails. */
export function NoteComposer({ episodes, busy, onAdd }: NoteComposerProps) {
  const [episode, setEpisode] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormErrors<NoteField>>(NO_ERRORS);
  useUnsavedChanges(text.trim() !== '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    // The core's own schema first: a problem is shown beside its field and nothing is sent.
    const note = checkInput(noteContentSchema, { episode: episode === '' ? null : Number(episode), text });
    if (!note.ok) return setErrors(formErrorsOf(note.problems, NOTE_FIELDS_BY_CORE_NAME));
    try {
      await onAdd(note.value);
      setText('');
    } catch (error) {
      setErrors(formErrorsFrom(error, NOTE_FIELDS_BY_CORE_NAME));
    }
  }

  return (
    <form className="note-composer" onSubmit={submit} noValidate>
      <Field id="note-new-episode" label="About" error={errors.fields.episode}>
        {(control) => (
          <select {...control} value={episode} onChange={(e) => setEpisode(e.target.value)}>
            <option value="">{noteSubject(null)}</option>
            {Array.from({ length: episodes }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {noteSubject(i + 1)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="note-new-text" label="New note" error={errors.fields.text}>
        {(control) => <textarea {...control} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <FormError message={errors.form} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Add note
        </button>
      </div>
    </form>
  );
}
