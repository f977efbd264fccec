import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import type { PictureAddInput, StoredPicture } from '../common/model';
import { PICTURE_FILE_EXTENSIONS } from '../common/picture-file';
import { cancelledBy } from '../interactive/tasks';

/**
 * Asks the user for a picture and copies it into the journal's media folder.
 * Answers the picture placed where asked, with no alt text yet (the editor asks
 * for it); rejects with `cancelled` when the user dismissed the dialog. The review itself is saved by the
 * editor with the picture in it, together with the text around it.
 */
export async function addPicture(journal: Journal, host: Host, input: PictureAddInput): Promise<StoredPicture> {
  journal.assertWritable(); // a damaged or read-only journal says so before asking for a picture it cannot keep
  journal.dramas.get(input.dramaId); // not-found before asking the user anything
  const [source] = await host.chooseFiles({
    title: 'Choose a picture for the review',
    filters: [{ name: 'Pictures', extensions: PICTURE_FILE_EXTENSIONS }],
  });
  if (!source) throw cancelledBy('no picture was chosen');
  const file = journal.pictures.importFile(source);
  return { file, alt: '', section: input.section, afterParagraph: input.afterParagraph };
}
