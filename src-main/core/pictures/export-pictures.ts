import type { ReviewPicture } from '../house-format/model';
import type { Journal } from '../journal';

/** A review's pictures as the site export takes them: `src` is the kept file on disk. */
export function exportPicturesOf(journal: Journal, dramaId: number): ReviewPicture[] {
  const review = journal.reviews.get(dramaId);
  if (!review) return [];
  return review.pictures.map((picture) => ({
    section: picture.section,
    afterParagraph: picture.afterParagraph,
    alt: picture.alt,
    src: journal.pictures.pathOf(picture.file),
  }));
}
