import { formatByline, formatGenreLine, formatReleaseLine } from '../format';
import type { HouseReview } from '../model';

/** Title, Korean title, release line, genre line with the grade, and byline. */
export function ReviewHeader({ review }: { review: HouseReview }) {
  // A draft's preview leaves out what is not known yet; a published review has every part.
  const release = formatReleaseLine(review);
  return (
    <div className="review-header">
      <h1 className="title">{review.title}</h1>
      {review.nativeTitle && (
        <p className="native-title" lang="ko">
          {review.nativeTitle}
        </p>
      )}
      {release && <p className="release">{release}</p>}
      <p className="genres">{formatGenreLine(review.genres, review.grade)}</p>
      <p className="byline">{formatByline(review.reviewer)}</p>
    </div>
  );
}
