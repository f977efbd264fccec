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

/** The air years the journal accepts; the forms and filters offer the same range. */
export const AIRED_YEARS = { min: 1900, max: 2100 } as const;

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

/** What names a drama and its release: the fields a house-format header shows above the grade. */
export interface DramaRelease {
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: YearMonth;
  episodes: number;
  genres: string[];
}

/** A review's words: its grade, who wrote it, and its three parts. */
export interface ReviewWords {
  /** null only for a draft that has no grade yet. */
  grade: Grade | null;
  reviewer: Reviewer;
  intro: string[];
  story: string[];
  closing: string[];
}

export interface Review extends ReviewWords {
  /** Pictures between paragraphs, files in the journal's media folder. */
  pictures: StoredPicture[];
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

export interface Drama extends DramaRelease {
  id: number;
  /** Length of one episode, for hours watched; 60 unless set. */
  episodeMinutes: number;
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

export interface DramaFields extends DramaRelease {
  /** Minutes per episode; 60 when left out. */
  episodeMinutes?: number;
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

export interface ReviewSaveInput extends ReviewWords {
  dramaId: number;
  /** Left out: the review keeps the pictures it has (none for a new review). */
  pictures?: StoredPicture[];
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
  /** Only the first this many rows, e.g. a first screenful while the rest comes; every row when left out. */
  limit?: number;
}

export type SettingsUpdate = Partial<Settings>;

// ---- search ---------------------------------------------------------------

export const SEARCH_FIELDS = ['title', 'nativeTitle', 'review', 'notes', 'cast'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A piece of text to show, marked when it matched: the UI renders `match` pieces in <mark>, never as HTML. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export interface SearchQuery {
  text: string;
  /** How many results at most (default 20, at most 100). */
  limit?: number;
}

export interface SearchResult {
  dramaId: number;
  title: string;
  nativeTitle: string;
  grade: Grade | null;
  status: WatchStatus;
  aired: YearMonth;
  /** Every field that holds a query word, in SEARCH_FIELDS order. */
  matchedIn: SearchField[];
  titleSegments: TextSegment[];
  nativeTitleSegments: TextSegment[];
  /** The best-matching stretch of review text, notes or cast; null when only the titles matched. */
  snippet: { field: SearchField; segments: TextSegment[] } | null;
}

// ---- cast and actors --------------------------------------------------------

export const CAST_ROLES = ['lead', 'support'] as const;
export type CastRole = (typeof CAST_ROLES)[number];

export interface CastMember {
  id: number;
  dramaId: number;
  actor: string;
  /** null when the review names the actor but not the part (the children in a family). */
  character: string | null;
  role: CastRole;
  /** 1-based order within the drama's cast. */
  position: number;
}

export interface CastAddInput {
  dramaId: number;
  actor: string;
  character?: string | null;
  role?: CastRole;
  /** Where to insert (1 = first); at the end when left out. */
  position?: number;
}

export interface CastAddManyInput {
  dramaId: number;
  members: Omit<CastAddInput, 'dramaId' | 'position'>[];
}

export interface CastUpdateInput {
  id: number;
  actor?: string;
  character?: string | null;
  role?: CastRole;
  position?: number;
}

/** A cast entry read from review text, offered to the user to confirm. */
export interface CastSuggestion {
  actor: string;
  character: string | null;
  role: CastRole;
  /** The other dramas listed after the actor, as the review wrote them. */
  otherDramas: string[];
  /** The text the suggestion was read from, e.g. `Ji Su Ho (Noh Sang Hyun)`. */
  mention: string;
}

/** Grades as numbers for averages (A+ = 4.3 … F = 0), shown as the nearest grade. */
export interface GradeAverage {
  value: number;
  grade: Grade;
  /** How many graded dramas the average is over. */
  count: number;
}

export interface ActorSummary {
  name: string;
  dramas: number;
  leadRoles: number;
}

export interface ActorCredit {
  dramaId: number;
  title: string;
  nativeTitle: string;
  aired: YearMonth;
  status: WatchStatus;
  grade: Grade | null;
  character: string | null;
  role: CastRole;
}

export interface ActorDetail {
  name: string;
  credits: ActorCredit[];
  averageGrade: GradeAverage | null;
}

// ---- statistics ---------------------------------------------------------------

export interface StatsQuery {
  /** Only dramas finished in this year: the year in review. */
  year?: number;
}

export interface NamedAverage {
  name: string;
  /** Dramas with this genre or platform in scope, graded or not. */
  dramas: number;
  average: GradeAverage | null;
}

export interface JournalStats {
  year: number | null;
  totals: {
    /** Dramas the figures are about: every drama, or those finished in `year`. */
    dramas: number;
    finished: number;
    episodesWatched: number;
    minutesWatched: number;
    hoursWatched: number;
    graded: number;
    averageGrade: GradeAverage | null;
  };
  finishedPerYear: { year: number; count: number }[];
  /** Every month from the first to the last with a finished drama (all twelve for a year), zeros included. */
  finishedPerMonth: { year: number; month: number; count: number }[];
  /** Completed dramas with no finish date: counted as finished, in no year or month. */
  finishedUndated: number;
  gradeDistribution: { grade: Grade; count: number }[];
  averageByGenre: NamedAverage[];
  averageByPlatform: NamedAverage[];
  topActors: { name: string; dramas: number; leadRoles: number; episodesWatched: number }[];
}

// ---- importing from other trackers ------------------------------------------

export const TRACKER_KINDS = ['letterboxd', 'mydramalist'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export interface TrackerImportInput {
  text: string;
  /** Which tracker wrote the file; recognised from its header when left out or `auto`. */
  kind?: TrackerKind | 'auto';
}

/** One drama the import would create. */
export interface TrackerImportRow {
  /** The file line the row starts on (1 = the header). */
  line: number;
  drama: DramaCreateInput;
  grade: Grade | null;
  /** The rating as the file wrote it, e.g. `4.5 stars` or `8.5/10`. */
  rating: string | null;
  /** Fields Dramalog needs that the file does not hold, and what was put there instead. */
  assumed: string[];
  /** Lines of the file merged into this row (rewatches of the same drama). */
  mergedLines: number[];
  /** The private note saved with the drama: where it came from and what to fill in. */
  note: string;
}

export interface TrackerImportPreview {
  kind: TrackerKind;
  /** How ratings become grades, in words. */
  ratingRule: string;
  rows: TrackerImportRow[];
  skipped: { line: number; reason: string }[];
}

export interface TrackerImportReport extends TrackerImportPreview {
  imported: { line: number; dramaId: number; title: string }[];
}

// ---- pictures and revisions --------------------------------------------------

export const REVIEW_PART_NAMES = ['intro', 'story', 'closing'] as const;
export type ReviewPartName = (typeof REVIEW_PART_NAMES)[number];

/**
 * A picture placed in a review. `file` names a file in the journal's own media
 * folder (content-addressed, so the picture outlives the file it was chosen from);
 * `afterParagraph` counts the paragraphs of `section` before it (0 = the section's start).
 */
export interface StoredPicture {
  file: string;
  /** What the picture shows, for readers who cannot see it; required before a review is final. */
  alt: string;
  section: ReviewPartName;
  afterParagraph: number;
}

export interface PictureAddInput {
  dramaId: number;
  section: ReviewPartName;
  afterParagraph: number;
}

/** The text of a review at one moment: what a revision keeps and what restoring brings back. */
export interface ReviewContent extends ReviewWords {
  pictures: StoredPicture[];
}

export interface RevisionSummary {
  id: number;
  dramaId: number;
  /** When this revision was last written (autosaves within a minute update one revision). */
  savedAt: string;
  words: number;
  /** The start of the review's text, to recognise the revision by. */
  preview: string;
  /** The revision this one brought back, when it was made by restoring. */
  restoredFrom: number | null;
}

export interface Revision extends RevisionSummary {
  content: ReviewContent;
}
