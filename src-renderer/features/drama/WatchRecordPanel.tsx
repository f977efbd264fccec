import { useState, type FormEvent } from 'react';
import { escapeCancels } from '../../shared/forms/escape-cancels';
import { WATCH_STATUS_LABELS, type Drama, type WatchRecord, type WatchUpdateInput } from '@common/model';
import { checkInput } from '@common/validation/parse';
import { watchChangeSchema } from '@common/validation/schemas';
import { formErrorsFrom, formErrorsOf, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { changedFields, dayOrNull, numberOrNull } from '../../shared/forms/typed-values';
import { formatDay } from '../../shared/format/dates';
import { FormError } from '../../shared/ui/ErrorAlerts';
import { RewatchesField, WatchDateFields, WatchStatusField } from '../drama-fields/WatchRecordFields';

interface WatchRecordPanelProps {
  drama: Drama;
  busy: boolean;
  error: string | null;
  onNextEpisode(): void;
  onUpdate(change: Omit<WatchUpdateInput, 'id'>): Promise<void>;
}

type WatchField = keyof WatchRecord;
const WATCH_FIELDS: Readonly<Record<string, WatchField>> = {
  status: 'status',
  episodesWatched: 'episodesWatched',
  startedOn: 'startedOn',
  finishedOn: 'finishedOn',
  rewatches: 'rewatches',
};

const WATCH_DATE_IDS = { startedOn: 'watch-started-on', finishedOn: 'watch-finished-on' };

export function WatchRecordPanel({ drama, busy, error, onNextEpisode, onUpdate }: WatchRecordPanelProps) {
  const { watch, episodes } = drama;
  const allWatched = episodes !== null && watch.episodesWatched >= episodes;
  const [editing, setEditing] = useState(false);
  return (
    <section className="panel" aria-labelledby="watch-record-title">
      <h2 className="panel__title" id="watch-record-title">
        Watch record
      </h2>
      <div className="watch-progress">
        <div className="watch-progress__summary">
          <p className="watch-progress__text" aria-live="polite">
            <span className="watch-progress__count">
              {episodes === null ? watch.episodesWatched : `${watch.episodesWatched} / ${episodes}`}
            </span>{' '}
            episodes watched
          </p>
          <span className={`status-pill status-pill--${watch.status}`}>{WATCH_STATUS_LABELS[watch.status]}</span>
        </div>
        {episodes !== null && <progress className="watch-progress__bar" max={episodes} value={watch.episodesWatched} aria-label="Episodes watched" />}
        <button
          type="button"
          className="button"
          onClick={onNextEpisode}
          disabled={busy || allWatched}
          title={allWatched ? 'Every episode is watched' : 'Mark the next episode as watched'}
        >
          +1 episode
        </button>
      </div>
      <FormError message={error} />
      <dl className="facts facts--grid">
        <div>
          <dt>Started on</dt>
          <dd>{formatDay(watch.startedOn)}</dd>
        </div>
        <div>
          <dt>Finished on</dt>
          <dd>{formatDay(watch.finishedOn)}</dd>
        </div>
        <div>
          <dt>Rewatches</dt>
          <dd>{watch.rewatches}</dd>
        </div>
      </dl>
      {editing ? (
        <WatchForm watch={watch} busy={busy} onSave={onUpdate} onDone={() => setEditing(false)} />
      ) : (
        <div className="panel__actions">
          <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            Edit watch record
          </button>
        </div>
      )}
    </section>
  );
}

function WatchForm({
  watch,
  busy,
  onSave,
  onDone,
}: {
  watch: WatchRecord;
  busy: boolean;
  onSave(change: Omit<WatchUpdateInput, 'id'>): Promise<void>;
  onDone(): void;
}) {
  const [values, setValues] = useState({
    status: watch.status,
    startedOn: watch.startedOn ?? '',
    finishedOn: watch.finishedOn ?? '',
    rewatches: String(watch.rewatches),
  });
  const [errors, setErrors] = useState<FormErrors<WatchField>>(NO_ERRORS);
  const edit = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    const typed = changedFields(
      {
        status: values.status,
        startedOn: dayOrNull(values.startedOn),
        finishedOn: dayOrNull(values.finishedOn),
        rewatches: numberOrNull(values.rewatches),
      },
      watch,
    );
    // The core's own schema first: every problem beside its field, and nothing sent.
    const change = checkInput(watchChangeSchema, typed);
    if (!change.ok) return setErrors(formErrorsOf(change.problems, WATCH_FIELDS));
    try {
      if (Object.keys(change.value).length > 0) await onSave(change.value);
      onDone();
    } catch (error) {
      setErrors(formErrorsFrom(error, WATCH_FIELDS));
    }
  }

  const e = errors.fields;
  return (
    <form
      className="watch-form"
      onSubmit={submit}
      noValidate
      onKeyDown={escapeCancels(onDone)}
    >
      <WatchStatusField id="watch-status" autoFocus value={values.status} error={e.status} onValueChange={(status) => edit({ status })} />
      <WatchDateFields ids={WATCH_DATE_IDS} values={values} errors={e} onChange={edit} />
      <RewatchesField id="watch-rewatches" value={values.rewatches} error={e.rewatches} onValueChange={(rewatches) => edit({ rewatches })} />
      <FormError message={errors.form} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save watch record
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
