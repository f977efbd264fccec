import { memo, useEffect, useMemo, type MouseEvent } from 'react';
import type { HouseReview } from '@common/house-format/model';
import { HouseReviewView } from '@common/house-format/view';
import type { Drama, ReviewSection } from '@common/model';
import { countWordsIn } from '@common/word-count';
import { previewRelease, type DramaHeaderValues } from '../drama-fields/header-values';
import { sectionContent, type Block, type ReviewDraft } from './editor-model';
import { useEditorStore } from './editor-store';
import { LOADING_PICTURE, usePictureUrlsStore } from './picture-urls-store';

/** A section's paragraphs and pictures, worked out again only when that section's blocks change. */
function useSection(name: ReviewSection, blocks: readonly Block[]) {
  return useMemo(() => sectionContent(name, blocks), [name, blocks]);
}

// Links in the preview lead nowhere: the review is being written, not published yet.
const stayHere = (event: MouseEvent) => {
  if ((event.target as Element).closest('a')) event.preventDefault();
};

/**
 * The review as the published page will show it, drawn by the same house-format
 * components as the export, in the same render as the keystroke that changed it.
 *
 * It stays fluid with a long review because each section's paragraphs are worked
 * out again only when that section changed, and the page is drawn again only when
 * what it shows changed (PreviewPage is memoised). scripts/bench-renderer.ts measures
 * a 3,000-word review: about 1 ms of rendering per key, and the preview on screen a
 * median 6 ms after the key press. Deferring the preview (useDeferredValue) was
 * measured too and made it slower (median 20 ms): the deferred render usually missed
 * the frame the keystroke was drawn in, for no saving, since the render is that cheap.
 */
export function ReviewPreview({ drama, siteTitle }: { drama: Drama; siteTitle: string }) {
  const review: ReviewDraft = useEditorStore((s) => s.review);
  const header: DramaHeaderValues = useEditorStore((s) => s.header);
  const intro = useSection('intro', review.sections.intro);
  const story = useSection('story', review.sections.story);
  const closing = useSection('closing', review.sections.closing);
  const urls = usePictureUrlsStore((s) => s.urls);
  const request = usePictureUrlsStore((s) => s.request);

  const pictures = useMemo(
    () => [...intro.pictures, ...story.pictures, ...closing.pictures].map((p) => ({ section: p.section, afterParagraph: p.afterParagraph, alt: p.alt, src: p.file })),
    [intro.pictures, story.pictures, closing.pictures],
  );
  useEffect(() => {
    for (const picture of pictures) request(picture.src);
  }, [pictures, request]);

  const house: HouseReview = useMemo(
    () => ({
      ...previewRelease(header, drama),
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
      <PreviewPage house={house} siteTitle={siteTitle} pictures={pictures} urls={urls} />
    </>
  );
}

/** The page itself, drawn again only when what it shows changed (not for a change to the word count's container, say). */
const PreviewPage = memo(function PreviewPage({
  house,
  siteTitle,
  pictures,
  urls,
}: {
  house: HouseReview;
  siteTitle: string;
  pictures: readonly { section: ReviewSection; afterParagraph: number; alt: string; src: string }[];
  urls: Record<string, string | null>;
}) {
  return (
    <div className="review-preview" onClickCapture={stayHere} data-testid="review-preview">
      <HouseReviewView review={house} siteTitle={siteTitle} homeHref="#" pictures={pictures} imageSrc={(file) => urls[file] ?? LOADING_PICTURE} />
    </div>
  );
});
