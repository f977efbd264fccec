import { formatByline, formatGenreLine, formatReleaseLine } from '../format';
import type { HouseReview } from '../model';

/** Title, Korean title, release line, genre line with the grade, and byline. */
export function ReviewHeader({ review }: { review: HouseReview }) {
  return (
    <div className="review-header">
      <h1 className="title">{review.title}</h1>
      <p className="native-title" lang="ko">
        {review.nativeTitle}
      </p>
      <p className="release">{formatReleaseLine(review)}</p>
      <p className="genres">{formatGenreLine(review.genres, review.grade)}</p>
      <p className="byline">{formatByline(review.reviewer)}</p>
    </div>
  );
}
