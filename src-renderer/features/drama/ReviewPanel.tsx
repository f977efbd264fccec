import type { Drama } from '@common/model';
import { countWordsIn } from '@common/word-count';
import { runCommand } from '../../app/commands';
import { hrefOf } from '../../app/routes';
import { shortcutLabel } from '../../app/shortcuts';
import { formatMoment } from '../../shared/format/dates';
import { GradeBadge } from '../../shared/ui/GradeBadge';

/** The review's state at a glance, and the way into the editor and the export. */
export function ReviewPanel({ drama }: { drama: Drama }) {
  const { review } = drama;
  const editorHref = hrefOf({ name: 'review', id: drama.id });
  if (!review) {
    return (
      <section className="panel" aria-labelledby="review-title">
        <h2 className="panel__title" id="review-title">
          Review
        </h2>
        <p className="muted">No review yet. Write it while the drama is fresh in your mind; it is saved as you type.</p>
        <div className="panel__actions">
          <a className="button button--primary" href={editorHref}>
            Write review
          </a>
        </div>
      </section>
    );
  }
  const words = countWordsIn([...review.intro, ...review.story, ...review.closing]);
  const opening = review.intro[0] ?? review.story[0] ?? review.closing[0] ?? '';
  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 className="panel__title" id="review-title">
        Review
      </h2>
      <dl className="facts facts--grid">
        <div>
          <dt>Grade</dt>
          <dd>
            <GradeBadge grade={review.grade} />
          </dd>
        </div>
        <div>
          <dt>State</dt>
          <dd>
            <span className={`review-state review-state--${review.state}`}>{review.state === 'final' ? 'Final' : 'Draft'}</span>
          </dd>
        </div>
        {(review.reviewer.name || review.reviewer.location) && (
          <div>
            <dt>By</dt>
            <dd>{[review.reviewer.name, review.reviewer.location].filter(Boolean).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Length</dt>
          <dd>
            {words.toLocaleString('en')} word{words === 1 ? '' : 's'}
            {review.pictures.length > 0 ? `, ${review.pictures.length} picture${review.pictures.length === 1 ? '' : 's'}` : ''}
          </dd>
        </div>
        <div>
          <dt>Last changed</dt>
          <dd>{formatMoment(review.updatedAt)}</dd>
        </div>
      </dl>
      {opening && <p className="review-panel__opening">{opening}</p>}
      {review.state === 'draft' && <p className="muted">Drafts are left out of the exported site until you mark them final.</p>}
      <div className="panel__actions">
        <a className="button button--primary" href={editorHref}>
          Edit review
        </a>
        <button type="button" className="button" onClick={() => runCommand('export-review')} title={`Export this review (${shortcutLabel('e')})`}>
          Export this review…
        </button>
      </div>
    </section>
  );
}
