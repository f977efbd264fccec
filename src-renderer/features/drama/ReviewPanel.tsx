import type { Review } from '../../../src-main/core/model';
import { formatMoment } from '../../shared/format/dates';
import { GradeBadge } from '../../shared/ui/GradeBadge';

export function ReviewPanel({ review }: { review: Review | null }) {
  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 className="panel__title" id="review-title">
        Review
      </h2>
      {review ? (
        <dl className="facts facts--grid">
          <div>
            <dt>Grade</dt>
            <dd>
              <GradeBadge grade={review.grade} />
            </dd>
          </div>
          <div>
            <dt>State</dt>
            <dd>{review.state === 'final' ? 'Final' : 'Draft'}</dd>
          </div>
          {(review.reviewer.name || review.reviewer.location) && (
            <div>
              <dt>By</dt>
              <dd>{[review.reviewer.name, review.reviewer.location].filter(Boolean).join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>Last changed</dt>
            <dd>{formatMoment(review.updatedAt)}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">No review yet.</p>
      )}
    </section>
  );
}
