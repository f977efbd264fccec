import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router-store';
import type { Route } from '../../app/routes';
import { messageOf } from '../../api/api-error';
import { Field } from '../../shared/forms/Field';
import { checkInput } from '@common/validation/parse';
import { settingsUpdateSchema } from '@common/validation/schemas';
import { formErrorsFrom, formErrorsOf, NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { FormError } from '../../shared/ui/ErrorAlerts';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { useImportStore } from '../import/import-store';
import { useSettingsStore } from '../settings/settings-store';
import './first-run.css';

type Field3 = 'reviewerName' | 'reviewerLocation' | 'siteTitle';
const FIELDS: Readonly<Record<string, Field3>> = { reviewerName: 'reviewerName', reviewerLocation: 'reviewerLocation', siteTitle: 'siteTitle' };

/**
 * The first thing a new journal shows: who signs the reviews and what the site is
 * called, then where to start (import a review already written, or add a drama).
 * Once answered it never shows again (settings.onboarded).
 */
export function FirstRunScreen() {
  const settings = useSettingsStore((s) => s.settings);
  const save = useSettingsStore((s) => s.save);
  const [step, setStep] = useState<'about-you' | 'start'>('about-you');
  const [values, setValues] = useState(() => ({
    reviewerName: settings?.reviewerName ?? '',
    reviewerLocation: settings?.reviewerLocation ?? '',
    siteTitle: settings?.siteTitle ?? '',
  }));
  const [errors, setErrors] = useState<FormErrors<Field3>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  useDocumentTitle('Welcome');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    if (values.reviewerName.trim() === '') {
      setErrors({ fields: { reviewerName: 'Reviewer name is required: it signs every review (“Korean Drama Review by …”).' }, form: null });
      document.getElementById('welcome-reviewerName')?.focus();
      return;
    }
    const checked = checkInput(settingsUpdateSchema, values);
    if (!checked.ok) {
      const placed = formErrorsOf(checked.problems, FIELDS);
      setErrors(placed);
      const field = Object.keys(placed.fields)[0];
      if (field) document.getElementById(`welcome-${field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await save(values);
      setStep('start');
    } catch (error) {
      const placed = formErrorsFrom(error, FIELDS);
      setErrors(placed);
      const field = Object.keys(placed.fields)[0];
      if (field) document.getElementById(`welcome-${field}`)?.focus();
    } finally {
      setBusy(false);
    }
  }

  async function finish(route: Route, then?: () => void) {
    setBusy(true);
    setFinishError(null);
    try {
      navigate(route, { replace: true });
      await save({ onboarded: true });
      then?.();
    } catch (error) {
      setFinishError(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  if (step === 'about-you') {
    const e = errors.fields;
    const change = (key: Field3) => (ev: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [key]: ev.target.value }));
      if (errors.fields[key]) setErrors((old) => ({ ...old, fields: { ...old.fields, [key]: undefined } }));
    };
    return (
      <div className="screen first-run">
        <header>
          <p className="first-run__mark" aria-hidden="true">
            드
          </p>
          <ScreenHeading>Welcome to Dramalog</ScreenHeading>
          <p className="screen__subtitle">
            Your journal of Korean dramas: what you watched, how far you got, and the reviews you write. Two questions first.
          </p>
        </header>
        <form className="form-section" onSubmit={submit} noValidate aria-busy={busy}>
          <div className="form-row">
            <Field id="welcome-reviewerName" label="Your name" error={e.reviewerName} hint="It signs your reviews.">
              {(control) => (
                <input {...control} type="text" autoComplete="name" value={values.reviewerName} onChange={change('reviewerName')} />
              )}
            </Field>
            <Field id="welcome-reviewerLocation" label="Where you are (optional)" error={e.reviewerLocation} hint="e.g. USA, or Busan, Korea">
              {(control) => <input {...control} type="text" value={values.reviewerLocation} onChange={change('reviewerLocation')} />}
            </Field>
          </div>
          <Field
            id="welcome-siteTitle"
            label="Your review site’s title"
            error={e.siteTitle}
            hint="The banner on every exported review. You can change it later in Settings."
          >
            {(control) => <input {...control} type="text" value={values.siteTitle} onChange={change('siteTitle')} />}
          </Field>
          <FormError message={errors.form} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              Continue
            </button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="screen first-run">
      <header>
        <ScreenHeading>Where would you like to start?</ScreenHeading>
        <p className="screen__subtitle">
          Reviews will be signed “Korean Drama Review by {values.reviewerName.trim()}
          {values.reviewerLocation.trim() ? `, ${values.reviewerLocation.trim()}` : ''}”.
        </p>
      </header>
      <ul className="stack-list first-run__choices">
        <li>
          <button
            type="button"
            className="choice"
            disabled={busy}
            // The import dialog lives with the app's screens: it opens once the questions are done.
            onClick={() => void finish({ name: 'library' }, () => useImportStore.getState().openPaste())}
          >
            <span className="choice__title">Import a review you have written</span>
            <span className="choice__text">Paste or open a review in the house format; Dramalog reads its drama, grade and text.</span>
          </button>
        </li>
        <li>
          <button type="button" className="choice" disabled={busy} onClick={() => void finish({ name: 'new' })}>
            <span className="choice__title">Add your first drama</span>
            <span className="choice__text">One you just finished, are watching, or plan to watch. Write its review when you are ready.</span>
          </button>
        </li>
        <li>
          <button type="button" className="choice choice--quiet" disabled={busy} onClick={() => void finish({ name: 'library' })}>
            <span className="choice__title">Go to the library</span>
            <span className="choice__text">Look around first.</span>
          </button>
        </li>
      </ul>
      <FormError message={finishError} />
    </div>
  );
}
