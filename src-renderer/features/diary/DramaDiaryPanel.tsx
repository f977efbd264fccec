import { useState, type FormEvent } from 'react';
import { escapeCancels } from '../../shared/forms/escape-cancels';
import { WATCH_STATUS_LABELS, type DiaryEntry, type Drama } from '@common/model';
import { Field } from '../../shared/forms/Field';
import { InputField } from '../../shared/forms/InputField';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { announce } from '../../shared/ui/announcer-store';
import { FormError } from '../../shared/ui/ErrorAlerts';
import { useDramaStore } from '../drama/drama-store';
import { today, watchDates } from './diary-months';
import { useDiaryStore } from './diary-store';

type LogField = 'finishedOn' | 'rewatch' | 'note';
const LOG_FIELDS: Readonly<Record<string, LogField>> = { finishedOn: 'finishedOn', rewatch: 'rewatch', note: 'note' };

/** A watch that is over: the next one logged is a rewatch (the core says the same). */
const isOver = (drama: Drama) => drama.watch.status === 'completed' || drama.watch.status === 'dropped';

/** The drama's watches, newest first, and "Log a watch" (or a rewatch, once it has been watched). */
export function DramaDiaryPanel({ drama, diary }: { drama: Drama; diary: readonly DiaryEntry[] }) {
  const [logging, setLogging] = useState(false);
  // A planned drama's entry is not a watch yet.
  const watches = diary.filter((entry) => entry.status !== 'plan-to-watch').reverse();
  const action = isOver(drama) ? 'Log a rewatch' : 'Log a watch';
  return (
    <section className="panel" aria-labelledby="drama-diary-title">
      <h2 className="panel__title" id="drama-diary-title">
        Diary
      </h2>
      {watches.length === 0 ? (
        <p className="muted">Not watched yet. Finished it? Log the watch here, with the day you finished.</p>
      ) : (
        <ol className="watch-history" aria-label="Watches, newest first">
          {watches.map((entry) => (
            <li key={entry.id} className="watch-history__item">
              <span className="watch-history__dates">{watchDates(entry)}</span>
              {entry.status !== 'completed' && <span className={`status-pill status-pill--${entry.status}`}>{WATCH_STATUS_LABELS[entry.status]}</span>}
              <span className={entry.rewatch ? 'diary-entry__rewatch' : 'muted'}>{entry.rewatch ? 'Rewatch' : 'First watch'}</span>
              {entry.note && <p className="watch-history__note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {logging ? (
        <LogWatchForm drama={drama} onDone={() => setLogging(false)} />
      ) : (
        <div className="panel__actions">
          <button type="button" className="button" onClick={() => setLogging(true)}>
            {action}
          </button>
        </div>
      )}
    </section>
  );
}

function LogWatchForm({ drama, onDone }: { drama: Drama; onDone(): void }) {
  const { busy, logWatch } = useDiaryStore();
  const [finishedOn, setFinishedOn] = useState(today);
  const [rewatch, setRewatch] = useState(() => isOver(drama));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<LogField>>(NO_ERRORS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await logWatch({ dramaId: drama.id, finishedOn, rewatch, ...(note.trim() ? { note } : {}) });
      announce(`${rewatch ? 'Rewatch' : 'Watch'} of ${drama.title} logged in the diary.`);
      onDone();
      // The watch record (status, finished on, rewatches) follows the diary.
      void useDramaStore.getState().load(drama.id);
    } catch (error) {
      setErrors(formErrorsFrom(error, LOG_FIELDS));
    }
  }

  const e = errors.fields;
  return (
    <form
      className="log-watch-form"
      aria-label={isOver(drama) ? 'Log a rewatch' : 'Log a watch'}
      onSubmit={submit}
      noValidate
      onKeyDown={escapeCancels(onDone)}
    >
      <InputField id="log-watch-finished-on" label="Finished on" type="date" autoFocus value={finishedOn} error={e.finishedOn} onValueChange={setFinishedOn} />
      <div className="field log-watch-form__check">
        <input id="log-watch-rewatch" type="checkbox" checked={rewatch} aria-describedby="log-watch-rewatch-hint" onChange={(event) => setRewatch(event.target.checked)} />
        <label htmlFor="log-watch-rewatch">This was a rewatch</label>
        <p className="field__hint" id="log-watch-rewatch-hint">
          {isOver(drama) ? 'You have watched it before, so this watch is a rewatch.' : 'Leave unticked to finish the watch under way.'}
        </p>
      </div>
      <Field id="log-watch-note" label="Note (optional)" error={e.note}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <FormError message={errors.form ?? e.rewatch} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Log watch
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
