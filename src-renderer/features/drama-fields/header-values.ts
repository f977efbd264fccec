/**
 * A drama's header (titles, platforms, first aired, episodes, genres) as a form
 * holds it while the user types, and how it becomes the core's input. The drama
 * form and the review editor's header both hold these values. Text is kept as
 * typed and no rule is checked here: what these build is `Unchecked`, and the
 * core's own schema (`checkInput`) checks it before it is sent.
 */
import type { Drama, DramaFields, DramaRelease, DramaUpdateInput } from '@common/model';
import { numberOrNull, type Unchecked } from '../../shared/forms/typed-values';
import type { DramaTokenValues } from './DramaTokensField';
import { tokensIn } from './tokens';

export interface DramaHeaderValues extends DramaTokenValues {
  title: string;
  nativeTitle: string;
  airedMonth: string;
  airedYear: string;
  episodes: string;
}

/** The stored field each typed value belongs to (the field a message about it names). */
export type DramaHeaderField = keyof DramaRelease;

export const EMPTY_HEADER_VALUES: Readonly<DramaHeaderValues> = {
  title: '',
  nativeTitle: '',
  platforms: [],
  platformDraft: '',
  airedMonth: '',
  airedYear: '',
  episodes: '',
  genres: [],
  genreDraft: '',
};

export function headerValuesOf(drama: DramaRelease): DramaHeaderValues {
  return {
    title: drama.title,
    // A field not known yet is an empty box.
    nativeTitle: drama.nativeTitle ?? '',
    platforms: [...drama.platforms],
    platformDraft: '',
    airedMonth: drama.aired.month === null ? '' : String(drama.aired.month),
    airedYear: drama.aired.year === null ? '' : String(drama.aired.year),
    episodes: drama.episodes === null ? '' : String(drama.episodes),
    genres: [...drama.genres],
    genreDraft: '',
  };
}

// Values that feed a field of another name; every other value is its field's own.
const FIELD_OF_VALUE: Partial<Record<keyof DramaHeaderValues, DramaHeaderField>> = {
  platformDraft: 'platforms',
  genreDraft: 'genres',
  airedMonth: 'aired',
  airedYear: 'aired',
};

/** Which stored field a typed value feeds, so editing the value clears that field's old message. */
export function headerFieldOfValue(key: keyof DramaHeaderValues): DramaHeaderField {
  return FIELD_OF_VALUE[key] ?? (key as DramaHeaderField);
}

export const isHeaderValue = (key: string): key is keyof DramaHeaderValues => key in EMPTY_HEADER_VALUES;

/** The header's fields as typed: text as it is (the core's schema trims it, and stores an empty one as null). */
export type TypedRelease = Unchecked<Required<Omit<DramaFields, 'episodeMinutes' | 'nativeTitle'>>> & { nativeTitle: string };

/**
 * The core's drama fields for what is typed. Text still being typed in a token box
 * counts when the user saves on purpose (`'included'`); autosave leaves it out
 * (`'left-out'`), or it would store half a name. Such text becomes a token with
 * Enter, a comma, or when the user leaves the box.
 */
export function releaseOf(values: DramaHeaderValues, typing: 'included' | 'left-out'): TypedRelease {
  const typed = (draft: string) => (typing === 'included' ? tokensIn(draft) : []);
  // An empty box is a field not known yet: the core stores it as null (the title is required).
  return {
    title: values.title,
    nativeTitle: values.nativeTitle,
    platforms: [...values.platforms, ...typed(values.platformDraft)],
    aired: { year: numberOrNull(values.airedYear), month: numberOrNull(values.airedMonth) },
    episodes: numberOrNull(values.episodes),
    genres: [...values.genres, ...typed(values.genreDraft)],
  };
}

/** The fields that changed from the drama as last saved, or null when nothing changed (token-box typing left out). */
export function headerChangesOf(saved: Drama, values: DramaHeaderValues): Unchecked<DramaUpdateInput> | null {
  const next = releaseOf(values, 'left-out');
  const update: Unchecked<DramaUpdateInput> = { id: saved.id };
  if (next.title.trim() !== saved.title) update.title = next.title;
  if ((next.nativeTitle.trim() || null) !== saved.nativeTitle) update.nativeTitle = next.nativeTitle;
  if (JSON.stringify(next.platforms) !== JSON.stringify(saved.platforms)) update.platforms = next.platforms;
  if (JSON.stringify(next.genres) !== JSON.stringify(saved.genres)) update.genres = next.genres;
  if (next.aired.year !== saved.aired.year || next.aired.month !== saved.aired.month) update.aired = next.aired;
  if (next.episodes !== saved.episodes) update.episodes = next.episodes;
  return Object.keys(update).length > 1 ? update : null;
}

function positiveWholeNumber(text: string, fallback: number | null): number | null {
  const value = Number(text.trim());
  return text.trim() === '' ? null : Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * The header as a preview shows it: what is typed (an empty box is not known yet), or the saved
 * value where the typing is not a valid number yet.
 */
export function previewRelease(values: DramaHeaderValues, saved: DramaRelease): DramaRelease {
  const month = positiveWholeNumber(values.airedMonth, saved.aired.month);
  const year = positiveWholeNumber(values.airedYear, saved.aired.year);
  return {
    title: values.title,
    nativeTitle: values.nativeTitle.trim() || null,
    platforms: values.platforms,
    genres: values.genres,
    aired: { year, month: year !== null && month !== null && month >= 1 && month <= 12 ? month : year === null ? null : saved.aired.month },
    episodes: positiveWholeNumber(values.episodes, saved.episodes),
  };
}
