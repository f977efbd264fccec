import { useState } from 'react';
import type { PublishTarget } from '@common/model';
import { messageOf } from '../../api/api-error';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { failureStep } from './failure-steps';
import { usePublishStore } from './publish-store';
import { SecretForm } from './SecretForm';
import { KIND_LABELS } from './target-form';
import { shortHostKey, targetSummary } from './target-summary';

/** One publish target in Settings: what it is, and Set or Change password, Remove, and (after its server showed a new key) Trust the new key. */
export function TargetItem({ target }: { target: PublishTarget }) {
  const keyRefused = usePublishStore((s) => s.keyRefused.includes(target.name));
  const { remove, trustNewKey } = usePublishStore.getState();
  const [changingPassword, setChangingPassword] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [passwordSaved, setPasswordSaved] = useState(false);
  const canKeepSecret = target.kind !== 'folder';
  // "Change" only when there is one to change.
  const passwordAction = target.hasSecret ? 'Change password' : 'Set password';

  async function act(work: () => Promise<unknown>, after?: () => void) {
    setBusy(true);
    setError(null);
    try {
      await work();
      after?.();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="target-item">
      <div className="target-item__head">
        <p className="target-item__name">
          {target.name} <span className="target-item__kind">{KIND_LABELS[target.kind]}</span>
        </p>
        <div className="target-item__actions">
          {canKeepSecret && (
            <button
              type="button"
              className="button button--quiet"
              aria-label={`${passwordAction} for ${target.name}`}
              onClick={() => {
                setChangingPassword(true);
                setPasswordSaved(false);
              }}
              disabled={changingPassword}
            >
              {passwordAction}
            </button>
          )}
          <button type="button" className="button button--danger-text" aria-label={`Remove ${target.name}`} onClick={() => setRemoving(true)}>
            Remove
          </button>
        </div>
      </div>
      <p className="target-item__url">{target.url}</p>
      <ul className="target-item__facts">
        <li>{targetSummary(target)}</li>
        {canKeepSecret && <li>{target.hasSecret ? 'Password kept' : 'No password kept'}</li>}
        {target.keyFile && (
          <li>
            Key file <code>{target.keyFile}</code>
          </li>
        )}
        {target.hostKey && (
          <li>
            Server key <code title={target.hostKey}>{shortHostKey(target.hostKey)}</code>
          </li>
        )}
      </ul>
      {passwordSaved && (
        <p className="target-item__saved" role="status">
          {target.hasSecret ? 'Password saved.' : 'Password forgotten.'}
        </p>
      )}
      {keyRefused && (
        <div className="target-item__key-changed" role="alert">
          <p>
            <strong>{failureStep('host-key-changed').title}</strong> {failureStep('host-key-changed').advice}
          </p>
          <button type="button" className="button button--danger-outline" disabled={busy} onClick={() => void act(() => trustNewKey(target.name))}>
            Trust the new key
          </button>
        </div>
      )}
      {changingPassword && (
        <SecretForm
          name={target.name}
          hasSecret={target.hasSecret}
          onDone={() => {
            setChangingPassword(false);
            setPasswordSaved(true);
          }}
          onCancel={() => setChangingPassword(false)}
        />
      )}
      <ActionError message={error} />
      <ConfirmDialog
        open={removing}
        title={`Remove ${target.name}?`}
        confirmLabel="Remove"
        busy={busy}
        error={removing ? error : null}
        onCancel={() => {
          setRemoving(false);
          setError(null);
        }}
        onConfirm={() => void act(() => remove(target.name), () => setRemoving(false))}
      >
        <p>
          Dramalog forgets where {target.name} is{canKeepSecret ? ' and its password' : ''}. What was published there stays online; remove it there yourself if
          you want it gone.
        </p>
      </ConfirmDialog>
    </li>
  );
}
