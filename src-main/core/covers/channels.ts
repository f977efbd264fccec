import { coverPasteSchema, coverThumbsSchema } from '../common/validation/cover-schemas';
import { dramaIdInputSchema } from '../common/validation/schemas';
import { reads, writes } from '../ipc/channel';
import { coverPicture, coverThumbs } from './cover-pictures';
import { chooseCover, setCover } from './set-cover';

/**
 * A drama's cover. Setting one resizes the picture first (sharp, asynchronous) and only then
 * names its files in one transaction of its own (set-cover.ts), so choose and paste are declared
 * with `reads`: a writing channel's function must be synchronous to stay inside the dispatcher's
 * transaction, and a picture that cannot be read is refused before anything is written.
 */
export const coverChannels = {
  /** The drama's cover at its web size, for the drama screen; null when it has none. */
  'covers.get': reads(dramaIdInputSchema, ({ dramaId }, { journal }) => coverPicture(journal, dramaId)),
  /** Cover thumbnails of the dramas on screen; those without a cover are left out. */
  'covers.thumbs': reads(coverThumbsSchema, ({ dramaIds }, { journal }) => coverThumbs(journal, dramaIds)),
  /** Asks the user for a picture (through the Host) and makes it the cover; `cancelled` when they dismissed the dialog. */
  'covers.choose': reads(dramaIdInputSchema, async ({ dramaId }, { journal, host }) => {
    await chooseCover(journal, host, dramaId);
    return coverPicture(journal, dramaId)!;
  }),
  /** Makes pasted or dropped picture bytes the cover; an unreadable picture is refused and changes nothing. */
  'covers.paste': reads(coverPasteSchema, async ({ dramaId, data }, { journal }) => {
    await setCover(journal, dramaId, Buffer.from(data, 'base64'), 'the pasted picture');
    return coverPicture(journal, dramaId)!;
  }),
  /** Takes the cover away; its files stay for the unused-picture sweep. */
  'covers.remove': writes(dramaIdInputSchema, ({ dramaId }, { journal }) => (journal.covers.remove(dramaId), null)),
};
