/** The journal's domain vocabulary, shared by the core, the IPC contract, the CLI and the renderer. */

export const GRADES = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'] as const;
export type Grade = (typeof GRADES)[number];

export const WATCH_STATUSES = ['plan-to-watch', 'watching', 'on-hold', 'dropped', 'completed'] as const;
export type WatchStatus = (typeof WATCH_STATUSES)[number];

export const WATCH_STATUS_LABELS: Record<WatchStatus, string> = {
  'plan-to-watch': 'Plan to watch',
  watching: 'Watching',
  'on-hold': 'On hold',
  dropped: 'Dropped',
  completed: 'Completed',
};

export const REVIEW_STATES = ['draft', 'final'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface YearMonth {
  year: number;
  /** 1 = January … 12 = December */
  month: number;
}

/** Dates the user watched on are calendar days, written `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface WatchRecord {
  status: WatchStatus;
  episodesWatched: number;
  startedOn: CalendarDate | null;
  finishedOn: CalendarDate | null;
  rewatches: number;
}

export interface Reviewer {
  name: string;
  location: string;
}

export interface Review {
  grade: Grade | null;
  reviewer: Reviewer;
  intro: string[];
  story: string[];
  closing: string[];
  state: ReviewState;
  createdAt: string;
  updatedAt: string;
}

export interface Note {
  id: number;
  dramaId: number;
  /** null: a note on the whole drama; otherwise the episode it is about. */
  episode: number | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface Drama {
  id: number;
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  genres: string[];
  watch: WatchRecord;
  review: Review | null;
  notes: Note[];
  createdAt: string;
  updatedAt: string;
}

/** One row of the library: what the list shows, without review text or notes. */
export interface DramaSummary {
  id: number;
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  genres: string[];
  status: WatchStatus;
  episodesWatched: number;
  finishedOn: CalendarDate | null;
  grade: Grade | null;
  reviewState: ReviewState | null;
}

export interface Settings {
  siteTitle: string;
  reviewerName: string;
  reviewerLocation: string;
  siteUrl: string | null;
  theme: Theme;
  /** Set once the first-run questions were answered. */
  onboarded: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  siteTitle: 'KDRAMALOVE KOREAN DRAMA REVIEWS',
  reviewerName: '',
  reviewerLocation: '',
  siteUrl: null,
  theme: 'system',
  onboarded: false,
};

// ---- inputs --------------------------------------------------------------

export interface DramaFields {
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  genres: string[];
}

export interface DramaCreateInput extends DramaFields {
  watch?: Partial<WatchRecord>;
}

export interface DramaUpdateInput extends Partial<DramaFields> {
  id: number;
  watch?: Partial<WatchRecord>;
}

export interface WatchUpdateInput extends Partial<WatchRecord> {
  id: number;
}

export interface ReviewSaveInput {
  dramaId: number;
  grade: Grade | null;
  reviewer: Reviewer;
  intro: string[];
  story: string[];
  closing: string[];
  state: ReviewState;
}

export interface NoteAddInput {
  dramaId: number;
  episode: number | null;
  text: string;
}

export interface NoteUpdateInput {
  id: number;
  text: string;
}

export const LIBRARY_SORTS = ['title', 'grade', 'finished'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export interface LibraryQuery {
  sort?: LibrarySort;
  status?: WatchStatus;
  grade?: Grade;
  genre?: string;
  platform?: string;
  year?: number;
  /** Matches the English or the Korean title, anywhere in it. */
  text?: string;
}

export type SettingsUpdate = Partial<Settings>;
