import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { PUBLISH_KINDS, type PublishKind } from '@common/model';
import { useUnsavedChanges } from '../../app/leave-guard';
import { NO_ERRORS, type FormErrors } from '../../shared/forms/field-errors';
import { InputField } from '../../shared/forms/InputField';
import { FormError } from '../../shared/ui/ErrorAlerts';
import { inBrowser } from '../../api/client';
import { usePublishStore } from './publish-store';
import { secretNote } from './secret-note';
import {
  addressPreview,
  composeTarget,
  defaultPortOf,
  EMPTY_TARGET,
  FIELDS_OF_KIND,
  firstTargetFieldWithError,
  KIND_LABELS,
  targetErrorsFrom,
  type TargetField,
  type TargetFormValues,
} from './target-form';

const KIND_HINTS: Readonly<Record<PublishKind, string>> = {
  folder: 'A folder on the computer that runs Dramalog: another disk, a synced folder, a web server’s folder.',
  sftp: 'A web host you reach over SSH.',
  ftps: 'A web host’s FTP server, over TLS.',
  git: 'A branch of a git repository, such as GitHub Pages.',
};

/** Add target: its name, its kind, and the fields of that kind, composed into one address and checked before the core is asked. */
export function AddTargetForm({ onAdded, onCancel }: { onAdded(name: string): void; onCancel(): void }) {
  const add = usePublishStore((s) => s.add);
  const secretPlace = usePublishStore((s) => s.secretPlace);
  const chooseFolder = usePublishStore((s) => s.chooseFolder);
  const chooseKeyFile = usePublishStore((s) => s.chooseKeyFile);
  // The desktop has its own dialogs; a browser types the path on the computer that runs Dramalog.
  const canChoose = !inBrowser();
  const [values, setValues] = useState<TargetFormValues>(EMPTY_TARGET);
  const [errors, setErrors] = useState<FormErrors<TargetField>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const fieldId = (field: TargetField | 'kind') => `${id}-${field}`;
  // Only something typed counts as unsaved: picking a kind alone loses nothing.
  useUnsavedChanges(Object.entries(values).some(([key, value]) => key !== 'kind' && value !== ''));

  const shows = (field: TargetField) => FIELDS_OF_KIND[values.kind].includes(field);
  function change<K extends keyof TargetFormValues>(key: K, value: TargetFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    if (key !== 'kind' && errors.fields[key as TargetField]) setErrors((e) => ({ ...e, fields: { ...e.fields, [key]: undefined } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    let placed: FormErrors<TargetField>;
    const composed = composeTarget(values);
    if (composed.ok) {
      setBusy(true);
      try {
        const target = await add(composed.request);
        onAdded(target.name);
        return;
      } catch (error) {
        placed = targetErrorsFrom(error, values.kind);
      } finally {
        setBusy(false);
      }
    } else {
      placed = composed.errors;
    }
    setErrors(placed);
    const field = firstTargetFieldWithError(placed, values.kind);
    if (field) document.getElementById(fieldId(field))?.focus();
  }

  const e = errors.fields;
  const input = (field: TargetField, label: string, extra: Partial<Parameters<typeof InputField>[0]> = {}) => (
    <InputField id={fieldId(field)} type="text" label={label} value={values[field]} error={e[field]} onValueChange={(value) => change(field, value)} {...extra} />
  );
  /** A field with the desktop's dialog beside it, which fills it in. */
  const withChooser = (field: 'folder' | 'keyFile', control: ReactElement, choose: () => Promise<string | null>, what: string) =>
    canChoose ? (
      <div className="add-target__chooser">
        {control}
        <button
          type="button"
          className="button add-target__choose"
          aria-label={`Choose ${what}…`}
          onClick={() => void choose().then((path) => path !== null && change(field, path))}
        >
          Choose…
        </button>
      </div>
    ) : (
      control
    );
  const preview = addressPreview(values);
  const secretLabel = values.kind === 'ftps' ? 'Password (optional)' : values.kind === 'git' ? 'Password, token or key passphrase (optional)' : 'Password or key passphrase (optional)';

  return (
    <form className="add-target" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={`${id}-title`}>
      <h3 className="add-target__title" id={`${id}-title`}>
        Add a target
      </h3>
      {input('name', 'Name', { hint: 'One word you publish to it by, like host or pages.', autoFocus: true, autoComplete: 'off', spellCheck: false })}
      <fieldset className="field field--group add-target__kinds">
        <legend className="field__label">Kind</legend>
        <div className="add-target__kind-choices">
          {PUBLISH_KINDS.map((kind) => (
            <label key={kind} className="add-target__kind">
              <input type="radio" name={fieldId('kind')} value={kind} checked={values.kind === kind} onChange={() => change('kind', kind)} />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </div>
        <p className="field__hint">{KIND_HINTS[values.kind]}</p>
      </fieldset>

      {shows('folder') &&
        withChooser('folder', input('folder', 'Folder path', { placeholder: '/home/you/site', spellCheck: false, hint: 'Its full path on the computer that runs Dramalog.' }), chooseFolder, 'the folder')}
      {shows('host') && (
        <div className="form-row">
          {input('host', 'Server', { placeholder: 'example.com', spellCheck: false, autoComplete: 'off', inputMode: 'url' })}
          {input('port', 'Port', { className: 'field--narrow', inputMode: 'numeric', placeholder: String(defaultPortOf(values.kind)), autoComplete: 'off' })}
        </div>
      )}
      {shows('user') && (
        <div className="form-row">
          {input('user', 'User', { spellCheck: false, autoComplete: 'off' })}
          {input('path', 'Folder on the server', { placeholder: '/var/www/site', spellCheck: false, hint: 'A path without a leading / is under your home folder there.' })}
        </div>
      )}
      {shows('repository') && (
        <div className="form-row">
          {input('repository', 'Repository', { placeholder: 'https://github.com/you/site.git', spellCheck: false, autoComplete: 'off', inputMode: 'url' })}
          {input('branch', 'Branch', { className: 'field--narrow', placeholder: 'gh-pages', spellCheck: false, autoComplete: 'off' })}
        </div>
      )}
      {shows('keyFile') &&
        withChooser(
          'keyFile',
          input('keyFile', 'Key file (optional)', {
            placeholder: '/home/you/.ssh/id_ed25519',
            spellCheck: false,
            hint: values.kind === 'git' ? 'For a repository reached over SSH. Without one, the SSH agent and your usual keys are tried.' : 'Without one, the SSH agent and your usual keys are tried.',
          }),
          chooseKeyFile,
          'the key file',
        )}
      {shows('secret') && input('secret', secretLabel, { type: 'password', autoComplete: 'new-password', hint: secretNote(secretPlace) })}

      {preview && (
        <p className="add-target__preview">
          Address: <code>{preview}</code>
        </p>
      )}
      <FormError message={errors.form} />
      <div className="form-actions form-actions--start">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add target'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
