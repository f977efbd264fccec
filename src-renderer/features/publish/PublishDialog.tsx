import { useId, useState } from 'react';
import { navigate } from '../../app/router-store';
import { messageOf } from '../../api/api-error';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { ModalDialog } from '../../shared/ui/ModalDialog';
import { RunningTask } from '../../shared/ui/TaskProgress';
import { failureStep } from './failure-steps';
import { usePublishStore, type PublishFailure, type PublishRequest } from './publish-store';
import { PublishSummary } from './PublishSummary';
import { SecretForm } from './SecretForm';
import './publish.css';

function titleOf({ name, dryRun }: PublishRequest): string {
  if (dryRun) return name ? `Preview changes for ${name}` : 'Preview changes';
  return name ? `Publish to ${name}` : 'Publish';
}

function openSettings() {
  usePublishStore.getState().close();
  navigate({ name: 'settings' });
}

/** A failed publish: what happened in plain words, the core's own message, and the next step for its code. */
function Failure({ failure, onClose }: { failure: PublishFailure; onClose(): void }) {
  const { request, targets, run, trustNewKey } = usePublishStore();
  const [changingPassword, setChangingPassword] = useState(false);
  const [trustError, setTrustError] = useState<string | null>(null);
  const { title, step, advice } = failureStep(failure.code);
  const again = () => void run(request);
  const target = failure.target ? targets?.find((t) => t.name === failure.target) : undefined;

  async function trust() {
    setTrustError(null);
    try {
      await trustNewKey(target!.name);
      again();
    } catch (error) {
      setTrustError(messageOf(error));
    }
  }

  return (
    <>
      <div className="dialog__body" role="alert">
        <p className="publish-dialog__failure">{title}</p>
        <p>{failure.message}</p>
        {advice && <p>{advice}</p>}
      </div>
      {step === 'change-password' && target && changingPassword && (
        <SecretForm name={target.name} hasSecret={false} submitLabel="Save and publish" onDone={again} onCancel={() => setChangingPassword(false)} />
      )}
      <ActionError message={trustError} />
      {!changingPassword && (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          {step === 'change-password' &&
            (target ? (
              <button type="button" className="button button--primary" onClick={() => setChangingPassword(true)} autoFocus>
                Change password…
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={openSettings}>
                Open Settings
              </button>
            ))}
          {step === 'trust-new-key' && target && (
            <button type="button" className="button button--danger" onClick={() => void trust()}>
              Trust the new key and publish
            </button>
          )}
          {step === 'try-again' && (
            <button type="button" className="button button--primary" onClick={again} autoFocus>
              Try again
            </button>
          )}
        </div>
      )}
    </>
  );
}

/**
 * File > Publish, the Publish buttons of Import and export and the offer after Mark final: a
 * progress bar with Cancel while the site is built and sent, then what each target got, or why
 * not and what to do next. Mounted once, at the app's root.
 */
export function PublishDialog() {
  const { phase, request, progress, results, failure, cancelling, cancel, close } = usePublishStore();
  const titleId = useId();

  return (
    <ModalDialog open={phase !== 'closed'} className="dialog publish-dialog" labelledBy={titleId} onEscape={close}>
      <h2 id={titleId} className="dialog__title">
        {titleOf(request)}
      </h2>
      {phase === 'no-targets' && (
        <>
          <p className="dialog__body">
            There is nowhere to publish to yet. Add a folder, an SFTP or FTPS server, or a git branch under Publishing in Settings.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
            <button type="button" className="button button--primary" onClick={openSettings} autoFocus>
              Open Settings
            </button>
          </div>
        </>
      )}
      {phase === 'running' && (
        <RunningTask label={`${progress?.message || 'Starting'}…`} progress={progress} cancelling={cancelling} cancelLabel="Cancel publish" onCancel={() => void cancel()} />
      )}
      {phase === 'done' && results && (
        <>
          <div className="dialog__body" role="status">
            <PublishSummary results={results} />
          </div>
          <div className="dialog__actions">
            {request.dryRun && (
              <button type="button" className="button" onClick={() => void usePublishStore.getState().run({ ...request, dryRun: false })}>
                Publish now
              </button>
            )}
            <button type="button" className="button button--primary" onClick={close} autoFocus>
              Done
            </button>
          </div>
        </>
      )}
      {phase === 'cancelled' && (
        <>
          <p className="dialog__body" role="status">
            {failure?.message ?? 'Publish cancelled.'}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={close} autoFocus>
              Close
            </button>
          </div>
        </>
      )}
      {phase === 'failed' && failure && <Failure failure={failure} onClose={close} />}
    </ModalDialog>
  );
}
