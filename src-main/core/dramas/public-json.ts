import type { DiaryEntry, Drama, DramaHistory, DramaRelease, EpisodeLogEntry, Grade, PublicCover, ReviewState, WatchRecord } from '../common/model';

/**
 * The journal's public JSON shape for one drama, as `dramalog show --json` prints it.
 * Other tools read this: add fields if needed, never rename or remove them. A field not
 * known yet is null (platforms and genres an empty list): the shape stays the same.
 */
export interface PublicDrama extends DramaRelease {
  id: number;
  watch: WatchRecord;
  review: null | {
    grade: Grade | null;
    reviewer: { name: string; location: string };
    intro: string[];
    story: string[];
    closing: string[];
    state: ReviewState;
  };
  notes: { id: number; episode: number | null; text: string; createdAt: string; updatedAt: string }[];
  /** Every watch, oldest first; the last is `watch`. */
  diary: PublicDiaryEntry[];
  /** The days episodes were watched, in the order they were. */
  episodeLog: EpisodeLogEntry[];
}

export type PublicDiaryEntry = Omit<DiaryEntry, 'id' | 'dramaId'>;

export function toPublicDrama(drama: Drama, history: DramaHistory): PublicDrama {
  const { review } = drama;
  return {
    id: drama.id,
    title: drama.title,
    nativeTitle: drama.nativeTitle,
    platforms: [...drama.platforms],
    aired: { year: drama.aired.year, month: drama.aired.month },
    episodes: drama.episodes,
    genres: [...drama.genres],
    watch: { ...drama.watch },
    review: review && {
      grade: review.grade,
      reviewer: { name: review.reviewer.name, location: review.reviewer.location },
      intro: [...review.intro],
      story: [...review.story],
      closing: [...review.closing],
      state: review.state,
    },
    notes: toPublicNotes(drama),
    diary: history.diary.map((e) => ({ startedOn: e.startedOn, finishedOn: e.finishedOn, status: e.status, rewatch: e.rewatch, note: e.note })),
    episodeLog: history.episodeLog.map((e) => ({ episode: e.episode, watchedOn: e.watchedOn, grade: e.grade })),
  };
}

/**
 * What `show --json` and `list --json` print: the public shape and the drama's cover
 * (its original file in the journal's media folder and its size in pixels), or null.
 * The dump carries the cover its own way, with the picture's bytes (transfer/dump-format.ts).
 */
export type ShownDrama = PublicDrama & { cover: PublicCover | null };

export function toShownDrama(drama: Drama, history: DramaHistory, cover: PublicCover | null): ShownDrama {
  return { ...toPublicDrama(drama, history), cover: cover && { file: cover.file, width: cover.width, height: cover.height } };
}

export function toPublicNotes(drama: Drama): PublicDrama['notes'] {
  return drama.notes.map((n) => ({ id: n.id, episode: n.episode, text: n.text, createdAt: n.createdAt, updatedAt: n.updatedAt }));
}
