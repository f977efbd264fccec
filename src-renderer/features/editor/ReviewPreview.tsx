import { useDeferredValue, useEffect, useMemo, type MouseEvent } from 'react';
import type { HouseReview } from '../../../src-main/core/house-format/model';
import { HouseReviewView } from '../../../src-main/core/house-format/view';
import type { Drama } from '../../../src-main/core/model';
import { countWordsIn } from '../../../src-main/core/reviews/word-count';
import { sectionContent, type Block, type HeaderDraft, type ReviewDraft, type SectionName } from './editor-model';
import { useEditor } from './editor-store';
import { LOADING_PICTURE, usePictureUrls } from './picture-urls';

/** A section's paragraphs and pictures, worked out again only when that section's blocks change. */
function useSection(name: SectionName, blocks: readonly Block[]) {
  return useMemo(() => sectionContent(name, blocks), [name, blocks]);
}

function wholeNumber(text: string, fallback: number): number {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The header as the preview shows it: what is typed, or the saved value where the typing is not a valid number yet. */
function headerForPreview(header: HeaderDraft, drama: Drama) {
  const month = wholeNumber(header.airedMonth, drama.aired.month);
  return {
    title: header.title,
    nativeTitle: header.nativeTitle,
    platforms: header.platforms,
    genres: header.genres,
    aired: { year: wholeNumber(header.airedYear, drama.aired.year), month: month >= 1 && month <= 12 ? month : drama.aired.month },
    episodes: wholeNumber(header.episodes, drama.episodes),
  };
}

// Links in the preview lead nowhere: the review is being written, not published yet.
const stayHere = (event: MouseEvent) => {
  if ((event.target as Element).closest('a')) event.preventDefault();
};

/**
 * The review as the published page will show it, drawn by the same house-format
 * components as the export. It follows the editor through React's deferred
 * values: typing updates the textarea first, and the preview catches up in the
 * next moment the browser has, so a long review never slows the keys down.
 */
export function ReviewPreview({ drama, siteTitle }: { drama: Drama; siteTitle: string }) {
  const review: ReviewDraft = useDeferredValue(useEditor((s) => s.review));
  const header: HeaderDraft = useDeferredValue(useEditor((s) => s.header));
  const intro = useSection('intro', review.sections.intro);
  const story = useSection('story', review.sections.story);
  const closing = useSection('closing', review.sections.closing);
  const urls = usePictureUrls((s) => s.urls);
  const request = usePictureUrls((s) => s.request);

  const pictures = useMemo(
    () => [...intro.pictures, ...story.pictures, ...closing.pictures].map((p) => ({ section: p.section, afterParagraph: p.afterParagraph, alt: p.alt, src: p.file })),
    [intro.pictures, story.pictures, closing.pictures],
  );
  useEffect(() => {
    for (const picture of pictures) request(picture.src);
  }, [pictures, request]);

  const house: HouseReview = useMemo(
    () => ({
      ...headerForPreview(header, drama),
      grade: review.grade,
      reviewer: { name: review.reviewerName.trim(), location: review.reviewerLocation.trim() },
      intro: intro.paragraphs,
      story: story.paragraphs,
      closing: closing.paragraphs,
    }),
    [header, drama, review.grade, review.reviewerName, review.reviewerLocation, intro.paragraphs, story.paragraphs, closing.paragraphs],
  );
  const words = useMemo(
    () => countWordsIn(intro.paragraphs) + countWordsIn(story.paragraphs) + countWordsIn(closing.paragraphs),
    [intro.paragraphs, story.paragraphs, closing.paragraphs],
  );

  return (
    <>
      <p className="editor-preview__count" aria-live="off">
        <span data-testid="word-count">{words.toLocaleString('en')}</span> {words === 1 ? 'word' : 'words'}
      </p>
      <div className="review-preview" onClickCapture={stayHere} data-testid="review-preview">
        <HouseReviewView
          review={house}
          siteTitle={siteTitle}
          homeHref="#"
          pictures={pictures}
          imageSrc={(file) => urls[file] ?? LOADING_PICTURE}
        />
      </div>
    </>
  );
}
