import { CLOSING_RULE, OPENING_RULE, STORY_HEADING } from '../format';
import type { HouseReview, ReviewPicture, TextLinker } from '../model';
import { Banner } from './Banner';
import { HomeLink } from './HomeLink';
import { type HeaderCover, ReviewHeader } from './ReviewHeader';
import { Rule } from './Rule';
import { ReviewSection } from './ReviewSection';

export interface HouseReviewViewProps {
  review: HouseReview;
  siteTitle: string;
  /** Where the banner and `HOME TO KOREAN DRAMA REVIEWS` lead: the site index. */
  homeHref: string;
  pictures?: readonly ReviewPicture[];
  /** Turns a picture's `src` into what the page loads (an exported file, a preview URL). */
  imageSrc?: (src: string) => string;
  /** Links names in the text (other reviews, actors); the preview may leave it out. */
  linkText?: TextLinker;
  /** The drama's cover, above the title (the exported site). */
  cover?: HeaderCover | null;
}

/**
 * A review in the house format, top to bottom as the published site shows it.
 * The app's live preview and the exported pages both draw it, so what the
 * preview shows is what is published; only the props differ.
 */
export function HouseReviewView({ review, siteTitle, homeHref, pictures = [], imageSrc, linkText, cover }: HouseReviewViewProps) {
  const section = (name: 'intro' | 'story' | 'closing', paragraphs: readonly string[]) => (
    <ReviewSection
      name={name}
      paragraphs={paragraphs}
      pictures={pictures.filter((p) => p.section === name)}
      linkText={linkText}
      imageSrc={imageSrc}
    />
  );
  return (
    <div className="house-review">
      <Banner siteTitle={siteTitle} homeHref={homeHref} />
      <article className="review">
        <ReviewHeader review={review} cover={cover} />
        <Rule text={OPENING_RULE} />
        {section('intro', review.intro)}
        <h2 className="story-heading">{STORY_HEADING}</h2>
        {section('story', review.story)}
        {section('closing', review.closing)}
        <Rule text={CLOSING_RULE} />
      </article>
      <HomeLink href={homeHref} />
      <Rule text={CLOSING_RULE} />
    </div>
  );
}
