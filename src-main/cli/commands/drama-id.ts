import { notFound } from '../../core/common/errors';
import type { Journal } from '../../core/journal';
import type { FieldLabel } from '../../core/common/validation/fields';
import { id } from '../../core/common/validation/fields';
import { parseInput } from '../../core/common/validation/parse';
import type { PositionalSpec } from '../args';
import type { CommandContext } from './command';
import { numberOrText } from './values';

export const DRAMA_ID: PositionalSpec = { name: 'ID', description: 'The drama id, as add and list print it', field: 'id' };

/** The id a command was given as a whole number, or a refusal naming the argument. */
export const idFrom = (word: string, label: FieldLabel, path = 'id') => parseInput(id(label(path, path)), numberOrText(word));

/**
 * Runs `work` on a journal that exists, through `open` (readJournal to read, changeJournal
 * to change it); a journal that does not exist yet holds no drama `id`, so it is not
 * created just to say so.
 */
/** On the command line the user typed the id, so the refusal names it (the app's says "that drama"). */
export const noDrama = (id: number) => notFound(`There is no drama ${id} in your journal; 'dramalog list' shows each drama's id.`);

export function onExistingDrama<T>(open: CommandContext['readJournal'] | CommandContext['changeJournal'], id: number, work: (journal: Journal) => T): Promise<T> {
  return open(
    (journal) => {
      if (!journal.dramas.exists(id)) throw noDrama(id);
      return work(journal);
    },
    () => {
      throw noDrama(id);
    },
  );
}
