import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { CountField } from '../../shared/forms/CountField';
import type { CoreError } from '@common/errors';
import { firstFieldWithError, formErrorsFrom, formErrorsOf, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { FormError } from '../../shared/ui/ErrorAlerts';
import { useUnsavedChanges } from '../../app/leave-guard';
import { ErrorSummary } from '../../shared/forms/ErrorSummary';
import { MAX_EPISODE_MINUTES } from '@common/validation/schemas';
import { DramaTokensField } from '../drama-fields/DramaTokensField';
import { EpisodesField } from '../drama-fields/EpisodesField';
import { FirstAiredField } from '../drama-fields/FirstAiredField';
import { EnglishTitleField, KoreanTitleField } from '../drama-fields/TitleFields';
import { RewatchesField, WatchDateFields, WatchStatusField } from '../drama-fields/WatchRecordFields';
import { fieldOfValue, FIELDS_BY_CORE_NAME, type DramaFormField, type DramaFormValues } from './form-values';

const CONTROL_OF: Record<DramaFormField, string> = {
  title: 'drama-title',
  nativeTitle: 'drama-native-title',
  platforms: 'drama-platforms',
  aired: 'drama-aired-month',
  episodes: 'drama-episodes',
  episodeMinutes: 'drama-episode-minutes',
  genres: 'drama-genres',
  status: 'drama-status',
  episodesWatched: 'drama-episodes-watched',
  startedOn: 'drama-started-on',
  finishedOn: 'drama-finished-on',
  rewatches: 'drama-rewatches',
};

/** The fields in the order the form shows them. */
const FIELD_ORDER = Object.keys(CONTROL_OF) as DramaFormField[];

interface DramaFormProps {
  initial: DramaFormValues;
  suggestions: { platforms: string[]; genres: string[] };
  saving: boolean;
  submitLabel: string;
  /**
   * Saves through the core. Answers the problems the core's schemas found first (nothing was
   * sent), each shown beside its field; an error the core throws is shown beside its field too.
   */
  onSave(values: DramaFormValues): Promise<readonly CoreError[] | void>;
  onCancel(): void;
}

export function DramaForm({ initial, suggestions, saving, submitLabel, onSave, onCancel }: DramaFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<DramaFormField>>(NO_ERRORS);
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));

  function change(patch: Partial<DramaFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    const fields = (Object.keys(patch) as (keyof DramaFormValues)[]).map(fieldOfValue);
    if (fields.some((field) => errors.fields[field])) {
      setErrors((e) => ({ ...e, fields: { ...e.fields, ...Object.fromEntries(fields.map((field) => [field, undefined])) } }));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setErrors(NO_ERRORS);
    let placed: FormErrors<DramaFormField>;
    try {
      const problems = await onSave(values);
      if (!problems?.length) return;
      placed = formErrorsOf(problems, FIELDS_BY_CORE_NAME);
    } catch (error) {
      placed = formErrorsFrom(error, FIELDS_BY_CORE_NAME);
    }
    setErrors(placed);
    const field = firstFieldWithError(placed, FIELD_ORDER);
    if (field) document.getElementById(CONTROL_OF[field])?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !event.nativeEvent.isComposing && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  }

  const e = errors.fields;
  // Every field's problem at once, in the form's order, above the form; each is also beside its field.
  const summary = FIELD_ORDER.flatMap((field) => (e[field] ? [{ controlId: CONTROL_OF[field], message: e[field] }] : []));
  return (
    <form className="drama-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-busy={saving}>
      <ErrorSummary items={summary} title="The drama was not saved. Please check" />
      <fieldset className="form-section">
        <legend className="form-section__title">The drama</legend>
        <p className="form-section__note">
          Only the English title is needed now. The rest can wait until you publish a review of it.
        </p>
        <EnglishTitleField id={CONTROL_OF.title} autoFocus value={values.title} error={e.title} onValueChange={(title) => change({ title })} />
        <KoreanTitleField
          id={CONTROL_OF.nativeTitle}
          hint="In Hangul, as the broadcaster writes it."
          value={values.nativeTitle}
          error={e.nativeTitle}
          onValueChange={(nativeTitle) => change({ nativeTitle })}
        />
        <DramaTokensField
          list="platforms"
          id={CONTROL_OF.platforms}
          hint="Networks or streaming services, in the order to show them. Press Enter after each."
          values={values}
          errors={e}
          suggestions={suggestions}
          onChange={change}
        />
        <div className="form-row">
          <FirstAiredField values={values} error={e.aired} onChange={change} />
          <EpisodesField id={CONTROL_OF.episodes} value={values.episodes} error={e.episodes} onValueChange={(episodes) => change({ episodes })} />
          <CountField
            id={CONTROL_OF.episodeMinutes}
            label="Episode length"
            hint="In minutes, for hours watched in your statistics."
            min={1}
            max={MAX_EPISODE_MINUTES}
            value={values.episodeMinutes}
            error={e.episodeMinutes}
            onValueChange={(episodeMinutes) => change({ episodeMinutes })}
          />
        </div>
        <DramaTokensField list="genres" id={CONTROL_OF.genres} values={values} errors={e} suggestions={suggestions} onChange={change} />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Your watch record</legend>
        <div className="form-row">
          <WatchStatusField id={CONTROL_OF.status} value={values.status} error={e.status} onValueChange={(status) => change({ status })} />
          <CountField
            id={CONTROL_OF.episodesWatched}
            label="Episodes watched"
            min={0}
            value={values.episodesWatched}
            error={e.episodesWatched}
            onValueChange={(episodesWatched) => change({ episodesWatched })}
          />
          <RewatchesField id={CONTROL_OF.rewatches} value={values.rewatches} error={e.rewatches} onValueChange={(rewatches) => change({ rewatches })} />
        </div>
        <WatchDateFields ids={CONTROL_OF} values={values} errors={e} onChange={change} />
      </fieldset>

      <FormError message={errors.form} />

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
