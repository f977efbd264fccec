import { useEffect, useState, type FormEvent } from 'react';
import { THEMES, type Settings, type SettingsUpdate, type Theme } from '@common/model';
import { applyTheme } from '../../app/use-theme';
import { Field } from '../../shared/forms/Field';
import { checkInput } from '@common/validation/parse';
import { settingsUpdateSchema } from '@common/validation/schemas';
import { firstFieldWithError, formErrorsFrom, formErrorsOf, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { SelectField } from '../../shared/forms/SelectField';
import { FormError } from '../../shared/ui/ErrorAlerts';
import { useUnsavedChanges } from '../../app/leave-guard';
import { useSettingsStore } from './settings-store';

type SettingsField = 'siteTitle' | 'reviewerName' | 'reviewerLocation' | 'siteUrl' | 'theme';

const FIELDS_BY_CORE_NAME: Readonly<Record<string, SettingsField>> = {
  siteTitle: 'siteTitle',
  reviewerName: 'reviewerName',
  reviewerLocation: 'reviewerLocation',
  siteUrl: 'siteUrl',
  theme: 'theme',
};

/** The fields in the order the form shows them. */
const FIELD_ORDER: readonly SettingsField[] = ['siteTitle', 'siteUrl', 'reviewerName', 'reviewerLocation', 'theme'];

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

interface Values {
  siteTitle: string;
  reviewerName: string;
  reviewerLocation: string;
  siteUrl: string;
  theme: Theme;
}

function valuesOf(settings: Settings): Values {
  return {
    siteTitle: settings.siteTitle,
    reviewerName: settings.reviewerName,
    reviewerLocation: settings.reviewerLocation,
    siteUrl: settings.siteUrl ?? '',
    theme: settings.theme,
  };
}

function updateOf(values: Values): SettingsUpdate {
  // An empty address means "no site": the core stores null for it.
  return { ...values, siteUrl: values.siteUrl.trim() === '' ? null : values.siteUrl };
}

interface SettingsFormProps {
  settings: Settings;
  saving: boolean;
  onSave(change: SettingsUpdate): Promise<unknown>;
}

export function SettingsForm({ settings, saving, onSave }: SettingsFormProps) {
  const [values, setValues] = useState(() => valuesOf(settings));
  const [errors, setErrors] = useState<FormErrors<SettingsField>>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(valuesOf(settings)));

  // The theme shows as soon as it is chosen; leaving without saving puts the saved one back.
  useEffect(() => applyTheme(values.theme), [values.theme]);
  useEffect(() => () => applyTheme(useSettingsStore.getState().settings?.theme ?? 'system'), []);

  function change<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setSaved(false);
    if (errors.fields[key]) setErrors((e) => ({ ...e, fields: { ...e.fields, [key]: undefined } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setSaved(false);
    let placed: FormErrors<SettingsField>;
    // The core's own schema first: every problem beside its field, and nothing sent.
    const update = checkInput(settingsUpdateSchema, updateOf(values));
    if (update.ok) {
      try {
        await onSave(update.value);
        // The form shows what was stored (trimmed, say), so it holds nothing unsaved any more.
        const stored = useSettingsStore.getState().settings;
        if (stored) setValues(valuesOf(stored));
        setSaved(true);
        return;
      } catch (error) {
        placed = formErrorsFrom(error, FIELDS_BY_CORE_NAME);
      }
    } else {
      placed = formErrorsOf(update.problems, FIELDS_BY_CORE_NAME);
    }
    setErrors(placed);
    const field = firstFieldWithError(placed, FIELD_ORDER);
    if (field) document.getElementById(`settings-${field}`)?.focus();
  }

  const e = errors.fields;
  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-busy={saving}>
      <fieldset className="form-section">
        <legend className="form-section__title">Your review site</legend>
        <Field id="settings-siteTitle" label="Site title" error={e.siteTitle} hint="The banner at the top of every exported review.">
          {(control) => <input {...control} type="text" value={values.siteTitle} onChange={(ev) => change('siteTitle', ev.target.value)} />}
        </Field>
        <Field
          id="settings-siteUrl"
          label="Site URL (optional)"
          error={e.siteUrl}
          hint="Where the exported reviews will be published, e.g. https://example.com/reviews/."
        >
          {(control) => (
            <input {...control} type="url" inputMode="url" value={values.siteUrl} onChange={(ev) => change('siteUrl', ev.target.value)} />
          )}
        </Field>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">New reviews are signed by</legend>
        <div className="form-row">
          <Field id="settings-reviewerName" label="Reviewer name" error={e.reviewerName}>
            {(control) => (
              <input {...control} type="text" value={values.reviewerName} onChange={(ev) => change('reviewerName', ev.target.value)} />
            )}
          </Field>
          <Field id="settings-reviewerLocation" label="Reviewer location" error={e.reviewerLocation}>
            {(control) => (
              <input
                {...control}
                type="text"
                value={values.reviewerLocation}
                onChange={(ev) => change('reviewerLocation', ev.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Appearance</legend>
        <SelectField
          id="settings-theme"
          label="Theme"
          error={e.theme}
          value={values.theme}
          options={THEMES}
          optionLabels={THEME_LABELS}
          onValueChange={(theme) => change('theme', theme)}
        />
      </fieldset>

      <FormError message={errors.form} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        <p className="form-actions__status" role="status">
          {saved ? 'Settings saved.' : ''}
        </p>
      </div>
    </form>
  );
}
