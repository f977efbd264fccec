import { gone } from '../../core/common/errors';
import type { Command } from './command';
import { idFrom } from './drama-id';
import { fieldLabels } from './field-labels';

export const deleteNoteCommand: Command = {
  name: 'delete-note',
  summary: 'Delete one note, by the id notes ID lists',
  synopsis: 'NOTE_ID',
  positionals: [{ name: 'NOTE_ID', description: 'The note id, as note prints it and notes lists it', field: 'id' }],
  options: {},
  async run({ positionals, changeJournal, print }) {
    const id = idFrom(positionals[0], fieldLabels(deleteNoteCommand));
    const { text } = await changeJournal(
      (journal) => journal.transaction(() => {
        const note = journal.notes.get(id);
        journal.notes.delete(id);
        return note;
      }),
      () => {
        throw gone('note');
      },
    );
    const firstLine = text.split(/\r?\n/)[0];
    print(`Deleted note ${id}: ${firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine}`);
  },
};
