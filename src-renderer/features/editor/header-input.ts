import type { Drama, DramaRelease, DramaUpdateInput } from '@common/model';
import { numberOrNull, type Unchecked } from '../../shared/forms/typed-values';
import type { HeaderDraft } from './editor-model';

/**
 * The drama fields the header changed from the drama as last saved, or null when
 * nothing changed. Text still being typed in a token box is left out: autosave
 * would otherwise store half a name. It becomes a token with Enter, a comma, or
 * when the user leaves the box. Not yet checked: the editor checks it with the core's schema.
 */
export function headerUpdateOf(saved: Drama, header: HeaderDraft): Unchecked<DramaUpdateInput> | null {
  const next = {
    title: header.title,
    nativeTitle: header.nativeTitle,
    platforms: header.platforms,
    genres: header.genres,
    aired: { year: numberOrNull(header.airedYear), month: numberOrNull(header.airedMonth) },
    episodes: numberOrNull(header.episodes),
  };
  const update: Unchecked<DramaUpdateInput> = { id: saved.id };
  if (next.title.trim() !== saved.title) update.title = next.title;
  if (next.nativeTitle.trim() !== saved.nativeTitle) update.nativeTitle = next.nativeTitle;
  if (JSON.stringify(next.platforms) !== JSON.stringify(saved.platforms)) update.platforms = next.platforms;
  if (JSON.stringify(next.genres) !== JSON.stringify(saved.genres)) update.genres = next.genres;
  if (next.aired.year !== saved.aired.year || next.aired.month !== saved.aired.month) update.aired = next.aired;
  if (next.episodes !== saved.episodes) update.episodes = next.episodes;
  return Object.keys(update).length > 1 ? update : null;
}

function positiveWholeNumber(text: string, fallback: number): number {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The header as the preview shows it: what is typed, or the saved value where the typing is not a valid number yet. */
export function previewHeader(header: HeaderDraft, drama: Drama): DramaRelease {
  const month = positiveWholeNumber(header.airedMonth, drama.aired.month);
  return {
    title: header.title,
    nativeTitle: header.nativeTitle,
    platforms: header.platforms,
    genres: header.genres,
    aired: { year: positiveWholeNumber(header.airedYear, drama.aired.year), month: month >= 1 && month <= 12 ? month : drama.aired.month },
    episodes: positiveWholeNumber(header.episodes, drama.episodes),
  };
}
