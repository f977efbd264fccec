import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { WATCH_STATUSES, WATCH_STATUS_LABELS, type WatchStatus } from '../../../src-main/core/model';
import { Field } from '../../shared/forms/Field';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { inPlainWords } from '../../shared/format/plain-message';
import { AiredInput } from './AiredInput';
import { FIELDS_BY_CORE_NAME, type DramaFormField, type DramaFormValues } from './form-values';
import { TokenListInput } from './TokenListInput';

const CONTROL_OF: Record<DramaFormField, string> = {
  title: 'drama-title',
  nativeTitle: 'drama-native-title',
  platforms: 'drama-platforms',
  aired: 'drama-aired-month',
  episodes: 'drama-episodes',
  genres: 'drama-genres',
  status: 'drama-status',
  episodesWatched: 'drama-episodes-watched',
  startedOn: 'drama-started-on',
  finishedOn: 'drama-finished-on',
  rewatches: 'drama-rewatches',
};

// Which stored fields each form value feeds, so editing a field clears its old message.
const FIELD_OF_VALUE: Partial<Record<keyof DramaFormValues, DramaFormField>> = {
  platformDraft: 'platforms',
  genreDraft: 'genres',
  airedMonth: 'aired',
  airedYear: 'aired',
};

interface DramaFormProps {
  initial: DramaFormValues;
  suggestions: { platforms: string[]; genres: string[] };
  saving: boolean;
  submitLabel: string;
  /** Saves through the core; a thrown error's message is shown beside its field. */
  onSave(values: DramaFormValues): Promise<void>;
  onCancel(): void;
}

export function DramaForm({ initial, suggestions, saving, submitLabel, onSave, onCancel }: DramaFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<DramaFormField>>(NO_ERRORS);

  function change<K extends keyof DramaFormValues>(key: K, value: DramaFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    const field = FIELD_OF_VALUE[key] ?? (key as DramaFormField);
    if (errors.fields[field]) setErrors((e) => ({ ...e, fields: { ...e.fields, [field]: undefined } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setErrors(NO_ERRORS);
    try {
      await onSave(values);
    } catch (error) {
      const placed = formErrorsFrom(error, FIELDS_BY_CORE_NAME, inPlainWords);
      setErrors(placed);
      const field = Object.keys(placed.fields)[0] as DramaFormField | undefined;
      if (field) document.getElementById(CONTROL_OF[field])?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !event.nativeEvent.isComposing && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  }

  const e = errors.fields;
  return (
    <form className="drama-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={saving}>
      <fieldset className="form-section">
        <legend className="form-section__title">The drama</legend>

        <Field id={CONTROL_OF.title} label="English title" error={e.title}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.title}
              autoComplete="off"
              autoFocus
              onChange={(ev) => change('title', ev.target.value)}
            />
          )}
        </Field>

        <Field id={CONTROL_OF.nativeTitle} label="Korean title" error={e.nativeTitle} hint="In Hangul, as the broadcaster writes it.">
          {(control) => (
            <input
              {...control}
              type="text"
              lang="ko"
              className="input--korean"
              value={values.nativeTitle}
              autoComplete="off"
              spellCheck={false}
              onChange={(ev) => change('nativeTitle', ev.target.value)}
            />
          )}
        </Field>

        <Field
          id={CONTROL_OF.platforms}
          label="Platforms"
          error={e.platforms}
          hint="Networks or streaming services, in the order to show them. Press Enter after each."
        >
          {(control) => (
            <TokenListInput
              control={control}
              tokenLabel="platform"
              listLabel="Chosen platforms"
              tokens={values.platforms}
              draft={values.platformDraft}
              suggestions={suggestions.platforms}
              onTokensChange={(tokens) => change('platforms', tokens)}
              onDraftChange={(draft) => change('platformDraft', draft)}
            />
          )}
        </Field>

        <div className="form-row">
          <AiredInput
            month={values.airedMonth}
            year={values.airedYear}
            error={e.aired}
            onMonthChange={(month) => change('airedMonth', month)}
            onYearChange={(year) => change('airedYear', year)}
          />
          <Field id={CONTROL_OF.episodes} label="Episodes" error={e.episodes} className="field--narrow">
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={999}
                value={values.episodes}
                onChange={(ev) => change('episodes', ev.target.value)}
              />
            )}
          </Field>
        </div>

        <Field id={CONTROL_OF.genres} label="Genres" error={e.genres} hint="In the order to show them. Press Enter after each.">
          {(control) => (
            <TokenListInput
              control={control}
              tokenLabel="genre"
              listLabel="Chosen genres"
              tokens={values.genres}
              draft={values.genreDraft}
              suggestions={suggestions.genres}
              onTokensChange={(tokens) => change('genres', tokens)}
              onDraftChange={(draft) => change('genreDraft', draft)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Your watch record</legend>
        <div className="form-row">
          <Field id={CONTROL_OF.status} label="Status" error={e.status}>
            {(control) => (
              <select {...control} value={values.status} onChange={(ev) => change('status', ev.target.value as WatchStatus)}>
                {WATCH_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {WATCH_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={CONTROL_OF.episodesWatched} label="Episodes watched" error={e.episodesWatched} className="field--narrow">
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                value={values.episodesWatched}
                onChange={(ev) => change('episodesWatched', ev.target.value)}
              />
            )}
          </Field>
          <Field id={CONTROL_OF.rewatches} label="Rewatches" error={e.rewatches} className="field--narrow">
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={0}
                value={values.rewatches}
                onChange={(ev) => change('rewatches', ev.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="form-row">
          <Field id={CONTROL_OF.startedOn} label="Started on" error={e.startedOn}>
            {(control) => (
              <input {...control} type="date" value={values.startedOn} onChange={(ev) => change('startedOn', ev.target.value)} />
            )}
          </Field>
          <Field id={CONTROL_OF.finishedOn} label="Finished on" error={e.finishedOn}>
            {(control) => (
              <input {...control} type="date" value={values.finishedOn} onChange={(ev) => change('finishedOn', ev.target.value)} />
            )}
          </Field>
        </div>
      </fieldset>

      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="form-actions__hint">Esc cancels</span>
      </div>
    </form>
  );
}
