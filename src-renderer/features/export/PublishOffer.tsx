import { useEffect } from 'react';
import { publishEverywhere, usePublishStore } from '../publish/publish-store';
import { updateSite } from './export-store';
import './export.css';

/**
 * After Mark final, the next step: a small notice under the editor's toolbar offering Update site,
 * and Publish now once there is somewhere to publish to. Not a dialog: writing goes on, and the
 * notice goes when dismissed or when the review is a draft again.
 */
export function PublishOffer({ onDismiss }: { onDismiss(): void }) {
  const canPublish = usePublishStore((s) => (s.targets?.length ?? 0) > 0);
  useEffect(() => {
    void usePublishStore.getState().load();
  }, []);
  return (
    <div className="publish-offer" role="status">
      <p className="publish-offer__text">Marked final.</p>
      {canPublish && (
        <button
          type="button"
          className="button button--primary publish-offer__update"
          onClick={() => {
            onDismiss();
            publishEverywhere();
          }}
        >
          Publish now
        </button>
      )}
      <button
        type="button"
        className={`button ${canPublish ? '' : 'button--primary '}publish-offer__update`}
        onClick={() => {
          onDismiss();
          void updateSite();
        }}
      >
        Update site
      </button>
      <button type="button" className="button button--quiet publish-offer__dismiss" aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
