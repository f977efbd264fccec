/**
 * What the drama form holds while the user types (text, as typed) and how it becomes
 * the core's input: the drama's header (../drama-fields/header-values.ts, shared with
 * the review editor) and its watch record. The rules are the core's own schemas
 * (`checkedCreateInput`), checked here before asking the core, which checks them again.
 */
import type { Drama, DramaCreateInput, DramaUpdateInput, WatchRecord, WatchStatus } from '@common/model';
import { checkInput } from '@common/validation/parse';
import { DEFAULT_EPISODE_MINUTES, dramaCreateSchema, dramaUpdateSchema } from '@common/validation/schemas';
import { changedFields, dayOrNull, numberOrNull, type Unchecked } from '../../shared/forms/typed-values';
import {
  EMPTY_HEADER_VALUES,
  headerFieldOfValue,
  headerValuesOf,
  isHeaderValue,
  releaseOf,
  type DramaHeaderField,
  type DramaHeaderValues,
} from '../drama-fields/header-values';

export interface DramaFormValues extends DramaHeaderValues {
  /** Minutes per episode, for hours watched in the statistics. */
  episodeMinutes: string;
  status: WatchStatus;
  episodesWatched: string;
  startedOn: string;
  finishedOn: string;
  rewatches: string;
}

export type DramaFormField = DramaHeaderField | 'episodeMinutes' | 'status' | 'episodesWatched' | 'startedOn' | 'finishedOn' | 'rewatches';

/** The core's field keys (an error's `field` path) and the form field each belongs to. */
export const FIELDS_BY_CORE_NAME: Readonly<Record<string, DramaFormField>> = {
  title: 'title',
  nativeTitle: 'nativeTitle',
  platforms: 'platforms',
  platform: 'platforms',
  aired: 'aired',
  episodes: 'episodes',
  genres: 'genres',
  genre: 'genres',
  episodeMinutes: 'episodeMinutes',
  watch: 'status',
  status: 'status',
  episodesWatched: 'episodesWatched',
  startedOn: 'startedOn',
  finishedOn: 'finishedOn',
  rewatches: 'rewatches',
};

/** Which stored field a typed value feeds, so editing the value clears that field's old message. */
export function fieldOfValue(key: keyof DramaFormValues): DramaFormField {
  return isHeaderValue(key) ? headerFieldOfValue(key) : (key as DramaFormField);
}

export const EMPTY_FORM: DramaFormValues = {
  ...EMPTY_HEADER_VALUES,
  episodeMinutes: String(DEFAULT_EPISODE_MINUTES),
  status: 'plan-to-watch',
  episodesWatched: '0',
  startedOn: '',
  finishedOn: '',
  rewatches: '0',
};

export function formValuesOf(drama: Drama): DramaFormValues {
  return {
    ...headerValuesOf(drama),
    episodeMinutes: String(drama.episodeMinutes),
    status: drama.watch.status,
    episodesWatched: String(drama.watch.episodesWatched),
    startedOn: drama.watch.startedOn ?? '',
    finishedOn: drama.watch.finishedOn ?? '',
    rewatches: String(drama.watch.rewatches),
  };
}

function watchOf(values: DramaFormValues): Unchecked<WatchRecord> {
  return {
    status: values.status,
    episodesWatched: numberOrNull(values.episodesWatched),
    startedOn: dayOrNull(values.startedOn),
    finishedOn: dayOrNull(values.finishedOn),
    rewatches: numberOrNull(values.rewatches),
  };
}

/**
 * Only the watch fields the user changed from `before` are sent, so the core's own
 * defaults still apply (e.g. marking a drama completed counts every episode as watched
 * unless the user said otherwise).
 */
function changedWatch(values: DramaFormValues, before: DramaFormValues): Partial<Unchecked<WatchRecord>> {
  return changedFields(watchOf(values), watchOf(before));
}

/** The episode length as typed; an empty box is left out, so the core keeps what it has (60 for a new drama). */
function episodeMinutesOf(values: DramaFormValues): { episodeMinutes?: number | null } {
  return values.episodeMinutes.trim() === '' ? {} : { episodeMinutes: numberOrNull(values.episodeMinutes) ?? Number.NaN };
}

export function createInputOf(values: DramaFormValues): Unchecked<DramaCreateInput> {
  const watch = changedWatch(values, EMPTY_FORM);
  return { ...releaseOf(values, 'included'), ...episodeMinutesOf(values), ...(Object.keys(watch).length ? { watch } : {}) };
}

export function updateInputOf(drama: Drama, values: DramaFormValues): Unchecked<DramaUpdateInput> {
  const watch = changedWatch(values, formValuesOf(drama));
  return { id: drama.id, ...releaseOf(values, 'included'), ...episodeMinutesOf(values), ...(Object.keys(watch).length ? { watch } : {}) };
}

/** The new drama as the core takes it, or every problem the core's schema finds. */
export const checkedCreateInput = (values: DramaFormValues) => checkInput<DramaCreateInput>(dramaCreateSchema, createInputOf(values));

/** The drama's changes as the core takes them, or every problem the core's schema finds. */
export const checkedUpdateInput = (drama: Drama, values: DramaFormValues) =>
  checkInput<DramaUpdateInput>(dramaUpdateSchema, updateInputOf(drama, values));
