import { pictureAddSchema, pictureReadSchema } from '../common/validation/picture-schemas';
import { reads } from '../ipc/channel';
import { addPicture } from './add-picture';

export const pictureChannels = {
  /**
   * Asks the user for a picture and copies it into the journal's media folder. Answers where it
   * goes, with empty alt text, for the editor to place and save with the review; `cancelled` when
   * the user dismissed the dialog. The stored review is not changed here (no journal write).
   */
  'pictures.add': reads(pictureAddSchema, (input, { journal, host }) => addPicture(journal, host, input)),
  /** A kept picture as a data: URL, for the preview. */
  'pictures.read': reads(pictureReadSchema, ({ file }, { journal }) => ({ file, dataUrl: journal.pictures.dataUrl(file) })),
};
