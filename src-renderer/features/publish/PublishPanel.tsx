import { useEffect } from 'react';
import { hrefOf } from '../../app/routes';
import { shortcutLabel } from '../../app/shortcuts';
import { ErrorNotice } from '../../shared/ui/Notices';
import { targetSummary } from './target-summary';
import { usePublishStore } from './publish-store';
import './publish.css';

/**
 * The Import and export screen's Publish panel, beside Your site: each target with its own
 * Publish button, Publish to all, and Preview changes (what would be uploaded and deleted).
 */
export function PublishPanel() {
  const targets = usePublishStore((s) => s.targets);
  const loadError = usePublishStore((s) => s.loadError);
  const running = usePublishStore((s) => s.phase === 'running');
  const { load, run } = usePublishStore.getState();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="panel publish-panel" aria-labelledby="publish-panel-title">
      <h2 className="panel__title" id="publish-panel-title">
        Publish
      </h2>
      <p>Your site sent to the web: only what changed is uploaded, and what your site no longer has is deleted there.</p>
      {loadError && <ErrorNotice message={loadError} onRetry={() => void load()} />}
      {targets && targets.length === 0 && (
        <p>
          Nowhere to publish to yet: add a folder, an SFTP or FTPS server, or a git branch under <a href={`${hrefOf({ name: 'settings' })}`}>Publishing in Settings</a>.
        </p>
      )}
      {targets && targets.length > 0 && (
        <>
          <ul className="publish-panel__targets">
            {targets.map((target) => (
              <li key={target.name} className="publish-panel__target">
                <div className="publish-panel__about">
                  <p className="publish-panel__name">{target.name}</p>
                  <p className="publish-panel__url">{target.url}</p>
                  <p className="publish-panel__last">{targetSummary(target)}</p>
                </div>
                {/* With one target, the Publish button below is its own. */}
                {targets.length > 1 && (
                  <button
                    type="button"
                    className="button"
                    disabled={running}
                    aria-label={`Publish to ${target.name}`}
                    onClick={() => void run({ name: target.name, dryRun: false })}
                  >
                    Publish
                  </button>
                )}
              </li>
            ))}
          </ul>
          <div className="publish-panel__actions">
            <button type="button" className="button button--primary publish-panel__all" disabled={running} onClick={() => void run({ dryRun: false })}>
              {targets.length === 1 ? 'Publish' : 'Publish to all'} <kbd className="kbd">{shortcutLabel('u', true)}</kbd>
            </button>
            <button type="button" className="button" disabled={running} onClick={() => void run({ dryRun: true })}>
              Preview changes
            </button>
            <a className="button button--quiet" href={hrefOf({ name: 'settings' })}>
              Manage targets
            </a>
          </div>
        </>
      )}
    </section>
  );
}
