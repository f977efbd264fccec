import type { ReactNode } from 'react';
import type { ReviewSection as SectionName } from '../../model';
import type { ReviewPicture as Picture, TextLinker } from '../model';
import { ReviewParagraph } from './ReviewParagraph';
import { ReviewPicture } from './ReviewPicture';

export interface ReviewSectionProps {
  name: SectionName;
  paragraphs: readonly string[];
  /** Pictures of this section; each goes after its `afterParagraph`-th paragraph. */
  pictures: readonly Picture[];
  linkText?: TextLinker;
  imageSrc?: (src: string) => string;
}

/** The intro, the story or the closing: paragraphs in order with their pictures between them. */
export function ReviewSection({ name, paragraphs, pictures, linkText, imageSrc }: ReviewSectionProps) {
  if (paragraphs.length === 0 && pictures.length === 0) return null;
  if (pictures.length === 0) {
    return (
      <div className={`review-${name}`}>
        {paragraphs.map((text, i) => (
          <ReviewParagraph key={i} text={text} linkText={linkText} />
        ))}
      </div>
    );
  }
  const picturesAfter = (count: number, last: boolean) =>
    pictures
      .map((picture, index) => ({ picture, index }))
      .filter(({ picture }) => picture.afterParagraph === count || (last && picture.afterParagraph > count))
      .map(({ picture, index }) => <ReviewPicture key={`picture-${index}`} picture={picture} imageSrc={imageSrc} />);
  const children: ReactNode[] = [picturesAfter(0, paragraphs.length === 0)];
  paragraphs.forEach((text, i) => {
    children.push(<ReviewParagraph key={i} text={text} linkText={linkText} />);
    children.push(picturesAfter(i + 1, i === paragraphs.length - 1));
  });
  return <div className={`review-${name}`}>{children}</div>;
}
