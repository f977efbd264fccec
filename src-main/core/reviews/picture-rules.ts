import { invalidInput } from '../common/errors';
import type { ReviewSection, StoredPicture } from '../common/model';

const SECTION_WORDS: Record<ReviewSection, string> = { intro: 'the intro', story: 'the story', closing: 'the closing' };

type Sections = Record<ReviewSection, readonly string[]>;

/** Refuses a picture placed past the end of its section. */
export function checkPicturePlaces(pictures: readonly StoredPicture[], sections: Sections): void {
  pictures.forEach((picture, index) => {
    const count = sections[picture.section].length;
    if (picture.afterParagraph > count) {
      throw invalidInput(
        `picture ${index + 1} is placed after paragraph ${picture.afterParagraph}, but ${SECTION_WORDS[picture.section]} has ` +
          `${count} paragraph${count === 1 ? '' : 's'}; a picture goes after paragraph 0 to ${count}`,
        { field: 'pictures.afterParagraph' },
      );
    }
  });
}

/** A final review's pictures all say what they show. */
export function checkPicturesCanBeFinal(pictures: readonly StoredPicture[]): void {
  const index = pictures.findIndex((picture) => picture.alt.trim() === '');
  if (index >= 0) {
    const picture = pictures[index]!;
    throw invalidInput(
      `alt text is required before a review can be final: picture ${index + 1} (in ${SECTION_WORDS[picture.section]}) has none`,
      { field: 'pictures.alt' },
    );
  }
}

/** Keeps pictures inside their sections when the paragraphs around them went away. */
export function clampPicturePlaces(pictures: readonly StoredPicture[], sections: Sections): StoredPicture[] {
  return pictures.map((picture) => ({
    ...picture,
    afterParagraph: Math.min(picture.afterParagraph, sections[picture.section].length),
  }));
}
