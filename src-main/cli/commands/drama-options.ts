import type { DramaFields } from '../../core/common/model';
import type { FieldLabel } from '../../core/common/validation/fields';
import { yearMonthText } from '../../core/common/validation/fields';
import { parseInput } from '../../core/common/validation/parse';
import type { OptionSpecs, OptionValue } from '../args';
import { numberOrText } from './values';

/** The drama's own fields, as `add` sets them and `edit` changes them. */
export const DRAMA_FIELD_OPTIONS = {
  title: { type: 'string', valueName: 'T', description: 'English title', field: 'title' },
  'native-title': { type: 'string', valueName: 'K', description: 'Korean title', field: 'nativeTitle' },
  platform: {
    type: 'string',
    multiple: true,
    valueName: 'P',
    description: 'Platform or network; repeat for several, in order',
    field: 'platforms',
  },
  aired: { type: 'string', valueName: 'YYYY-MM', description: 'First air month (or YYYY while the month is not known)', field: 'aired' },
  episodes: { type: 'string', valueName: 'N', description: 'Episode count, 1 to 999', field: 'episodes' },
  genre: { type: 'string', multiple: true, valueName: 'G', description: 'Genre; repeat for several, in order', field: 'genres' },
  'episode-minutes': {
    type: 'string',
    valueName: 'N',
    description: 'Length of one episode in minutes, 1 to 600 (default 60), for hours watched',
    field: 'episodeMinutes',
  },
} as const satisfies OptionSpecs;

/**
 * The drama fields given on the command line, as the core's input; options left out stay out,
 * so the core's schema says which are required.
 */
export function dramaFieldsFrom(values: Record<string, OptionValue>, label: FieldLabel): Partial<Record<keyof DramaFields, unknown>> {
  const word = (name: keyof typeof DRAMA_FIELD_OPTIONS) => values[name] as string | undefined;
  const aired = word('aired');
  const fields = {
    title: word('title'),
    nativeTitle: word('native-title'),
    platforms: values.platform,
    aired: aired === undefined ? undefined : parseInput(yearMonthText(label('aired', 'aired')), aired),
    episodes: numberOrText(word('episodes')),
    genres: values.genre,
    episodeMinutes: numberOrText(word('episode-minutes')),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
