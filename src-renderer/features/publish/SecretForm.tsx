import { useId, useState, type FormEvent } from 'react';
import { checkInput } from '@common/validation/parse';
import { publishSecretSchema } from '@common/validation/publish-schemas';
import { ApiError, messageOf } from '../../api/api-error';
import { asSentence } from '../../shared/format/sentence';
import { InputField } from '../../shared/forms/InputField';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { usePublishStore } from './publish-store';
import { secretNote } from './secret-note';

/**
 * Change password: a new password (or key passphrase) for one target, or, with Forget, none.
 * In Settings under a target, and in the publish dialog after the server refused the old one.
 */
export function SecretForm({
  name,
  hasSecret,
  submitLabel = 'Save password',
  onDone,
  onCancel,
}: {
  name: string;
  /** Offers Forget password when one is kept. */
  hasSecret: boolean;
  submitLabel?: string;
  onDone(): void;
  onCancel(): void;
}) {
  const setSecret = usePublishStore((s) => s.setSecret);
  const secretPlace = usePublishStore((s) => s.secretPlace);
  const [secret, setSecretText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function save(value: string | null) {
    setError(undefined);
    setFormError(null);
    const checked = checkInput(publishSecretSchema, { name, secret: value });
    if (!checked.ok) {
      const beside = checked.problems.find((p) => p.field === 'secret');
      const other = checked.problems.find((p) => p.field !== 'secret');
      setError(beside && asSentence(beside.message));
      setFormError(other ? asSentence(other.message) : null);
      return;
    }
    setBusy(true);
    try {
      await setSecret(name, value);
      onDone();
    } catch (failure) {
      // The keychain refusing it is about the password (`field`); anything else, about the target.
      if (failure instanceof ApiError && failure.field === 'secret') setError(asSentence(failure.message));
      else setFormError(asSentence(messageOf(failure)));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!secret) {
      setError('Type the new password, or choose Forget password.');
      return;
    }
    void save(secret);
  }

  return (
    <form className="secret-form" onSubmit={submit} noValidate aria-busy={busy}>
      <InputField
        id={`${id}-secret`}
        label={`New password or passphrase for ${name}`}
        type="password"
        autoComplete="new-password"
        autoFocus
        value={secret}
        error={error}
        hint={secretNote(secretPlace)}
        onValueChange={(value) => {
          setSecretText(value);
          setError(undefined);
        }}
      />
      <ActionError message={formError} />
      <div className="secret-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {hasSecret && (
          <button type="button" className="button" disabled={busy} onClick={() => void save(null)}>
            Forget password
          </button>
        )}
        <button type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
