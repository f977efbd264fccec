import { parseInput } from '../../core/common/validation/parse';
import { idInputSchema } from '../../core/common/validation/schemas';
import { publicCover } from '../../core/covers/cover-pictures';
import { toShownDrama } from '../../core/dramas/public-json';
import { dramaText } from '../format/drama-text';
import type { Command } from './command';
import { noDrama } from './drama-id';
import { numberOrText } from './values';

export const showCommand: Command = {
  name: 'show',
  summary: 'Show one drama with its watch record, review and notes',
  synopsis: 'ID [--json]',
  description: "With --json, prints the journal's public JSON for the drama.",
  positionals: [{ name: 'ID', description: 'The drama id, as add and list print it' }],
  options: {
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, positionals, readJournal, print, printJson }) {
    const { id } = parseInput(idInputSchema, { id: numberOrText(positionals[0]) });
    const { drama, history, cover } = await readJournal((journal) => {
      if (!journal.dramas.exists(id)) throw noDrama(id);
      return { drama: journal.dramas.get(id), history: journal.diary.history(id), cover: publicCover(journal, id) };
    });
    if (values.json) printJson(toShownDrama(drama, history, cover));
    else print(dramaText(drama));
  },
};
