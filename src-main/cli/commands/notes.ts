import { toPublicNotes } from '../../core/dramas/public-json';
import type { Note } from '../../core/common/model';
import type { Command } from './command';
import { DRAMA_ID, idFrom, onExistingDrama } from './drama-id';
import { fieldLabels } from './field-labels';

/** A note under its id and what it is about; later lines of the text line up under the first. */
function noteLines(note: Note, idWidth: number): string[] {
  const head = `${String(note.id).padStart(idWidth)}  ${note.episode === null ? 'Drama' : `Episode ${note.episode}`}: `;
  const [first, ...rest] = note.text.split(/\r?\n/);
  return [`${head}${first}`, ...rest.map((line) => `${' '.repeat(head.length)}${line}`)];
}

export const notesCommand: Command = {
  name: 'notes',
  summary: "List a drama's notes with their ids",
  synopsis: 'ID [--json]',
  description: 'Notes on the whole drama first, then by episode. With --json, prints them as show --json does.',
  positionals: [DRAMA_ID],
  options: {
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, positionals, readJournal, print, printJson }) {
    const id = idFrom(positionals[0], fieldLabels(notesCommand));
    const drama = await onExistingDrama(readJournal, id, (journal) => journal.dramas.get(id));
    if (values.json) {
      printJson(toPublicNotes(drama));
      return;
    }
    if (!drama.notes.length) {
      print(`No notes on ${drama.title} yet. Add one with: dramalog note ${id} TEXT [--episode N]`);
      return;
    }
    const idWidth = Math.max(...drama.notes.map((n) => String(n.id).length));
    print([`${drama.title} (${drama.nativeTitle})`, ...drama.notes.flatMap((note) => noteLines(note, idWidth))].join('\n'));
  },
};
