import { removeCover, setCoverFromFile } from '../../core/covers/set-cover';
import { UsageError } from '../io';
import type { Command } from './command';
import { DRAMA_ID, idFrom, onExistingDrama } from './drama-id';
import { fieldLabels } from './field-labels';

export const coverCommand: Command = {
  name: 'cover',
  summary: "Set a drama's cover (poster) from a picture file, or remove it",
  synopsis: 'ID FILE | ID --remove',
  description:
    'The picture (PNG, JPEG, GIF, WebP or AVIF, at most 25 MB) is copied into the journal\'s media folder\n' +
    'with a thumbnail and a web size; one that cannot be read is refused and nothing changes.',
  positionals: [DRAMA_ID, { name: 'FILE', description: 'The picture to use as the cover', optional: true }],
  options: {
    remove: { type: 'boolean', description: 'Remove the cover instead (the drama keeps everything else)' },
  },
  async run({ values, positionals, changeJournal, resolvePath, print }) {
    const id = idFrom(positionals[0], fieldLabels(coverCommand));
    const file = positionals[1];
    if (values.remove) {
      if (file !== undefined) throw new UsageError('give either FILE or --remove, not both', 'cover');
      const { title, had } = await onExistingDrama(changeJournal, id, (journal) => ({
        title: journal.dramas.get(id).title,
        had: journal.covers.get(id) !== null && removeCover(journal, id) === null,
      }));
      print(had ? `Removed the cover of ${title}` : `${title} has no cover`);
      return;
    }
    if (file === undefined) throw new UsageError('cover needs FILE (or --remove)', 'cover');
    const { title, cover } = await onExistingDrama(changeJournal, id, async (journal) => ({
      cover: await setCoverFromFile(journal, id, resolvePath(file)),
      title: journal.dramas.get(id).title,
    }));
    print(`${title} has its cover: ${cover.file} (${cover.width}×${cover.height})`);
  },
};
