import { updateSite } from './export-store';
import './export.css';

/**
 * After Mark final, the next step: a small notice under the editor's toolbar offering Update site.
 * Not a dialog: writing goes on, and the notice goes when dismissed or when the review is a draft again.
 */
export function PublishOffer({ onDismiss }: { onDismiss(): void }) {
  return (
    <div className="publish-offer" role="status">
      <p className="publish-offer__text">Marked final.</p>
      <button
        type="button"
        className="button button--primary publish-offer__update"
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
