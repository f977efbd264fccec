import { z } from 'zod';
import { REVIEW_SECTIONS } from '../model';
import { id, oneOf, text, wholeNumber } from './fields';
import { PICTURE_FILE_NAME } from '../picture-file';

export const MAX_ALT = 500;
export const MAX_PICTURES = 100;

const pictureFile = z
  .string({ error: 'file must be the name of a picture in the journal' })
  .regex(PICTURE_FILE_NAME, { error: 'file must be the name of a picture in the journal' });

const section = oneOf('section', REVIEW_SECTIONS);
const afterParagraph = wholeNumber('afterParagraph', 0, 400);

export const storedPictureSchema = z.strictObject(
  {
    file: pictureFile,
    alt: text('alt text', { max: MAX_ALT }),
    section,
    afterParagraph,
  },
  { error: 'a picture must have its file, alt text, section and place' },
);

export const pictureListSchema = z
  .array(storedPictureSchema, { error: 'pictures must be a list of pictures' })
  .max(MAX_PICTURES, { error: `a review can hold at most ${MAX_PICTURES} pictures` });

export const pictureAddSchema = z.strictObject(
  { dramaId: id('dramaId'), section, afterParagraph },
  { error: 'expected an object with the drama, the section and the place for the picture' },
);

export const pictureReadSchema = z.strictObject({ file: pictureFile }, { error: 'expected an object with the picture file name' });
