import { formatByline, formatGenreLine, formatReleaseLine } from '../format';
import type { HouseReview, WebImage } from '../model';
import { WebPicture } from './WebPicture';

/** A drama's cover (poster) as the review's header shows it. */
export interface HeaderCover {
  image: WebImage;
  alt: string;
}

/** Title, Korean title, release line, genre line with the grade, and byline; the cover above them when there is one. */
export function ReviewHeader({ review, cover }: { review: HouseReview; cover?: HeaderCover | null }) {
  // A draft's preview leaves out what is not known yet; a published review has every part.
  const release = formatReleaseLine(review);
  return (
    <div className="review-header">
      {cover && <WebPicture className="review-cover" image={cover.image} alt={cover.alt} sizes="10rem" />}
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
