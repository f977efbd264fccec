/**
 * The IPC contract: every channel between the renderer and the main process,
 * with its input and output types. Main validates each input against
 * `input-schemas.ts` before use; the preload exposes one function per channel.
 * This file holds types and names only, so every process can import it cheaply.
 */
import type { ErrorCode } from '../common/errors';
import type { ImportPreview, ImportResult } from '../house-format/import';
import type { ChosenText } from '../interactive/read-text-file';
import type { JournalDumpSummary } from '../interactive/dump-to-chosen-file';
import type { SiteExportRequest, SiteExportSummary } from '../interactive/export-site-to-folder';
import type { TaskName } from '../interactive/tasks';
import type { ProgressEvent } from './host';
import type {
  ActorDetail,
  ActorSummary,
  CastAddInput,
  CastAddManyInput,
  CastMember,
  CastSuggestion,
  CastUpdateInput,
  JournalStats,
  SearchQuery,
  SearchResult,
  StatsQuery,
  TrackerImportInput,
  TrackerImportPreview,
  TrackerImportReport,
} from '../common/model';
import type {
  Drama,
  DramaCreateInput,
  DramaSummary,
  DramaUpdateInput,
  LibraryQuery,
  Note,
  NoteAddInput,
  NoteUpdateInput,
  PictureAddInput,
  Review,
  Revision,
  RevisionSummary,
  StoredPicture,
  ReviewSaveInput,
  Settings,
  SettingsUpdate,
  WatchUpdateInput,
} from '../common/model';

/** What a channel that takes no input accepts: nothing, or an empty object. */
export type NoInput = Record<string, never> | undefined;

export interface IpcContract {
  'journal.info': { input: NoInput; output: { path: string; version: number } };

  'dramas.list': { input: LibraryQuery; output: DramaSummary[] };
  'dramas.get': { input: { id: number }; output: Drama };
  'dramas.create': { input: DramaCreateInput; output: Drama };
  'dramas.update': { input: DramaUpdateInput; output: Drama };
  'dramas.delete': { input: { id: number }; output: null };
  'dramas.suggestions': { input: NoInput; output: { platforms: string[]; genres: string[] } };

  'watch.update': { input: WatchUpdateInput; output: Drama };
  'watch.nextEpisode': { input: { id: number }; output: Drama };

  'reviews.save': { input: ReviewSaveInput; output: Review };
  'reviews.delete': { input: { id: number }; output: null };

  /** The review's revisions, newest first: when each was saved, its word count and opening words. */
  'revisions.list': { input: { dramaId: number }; output: RevisionSummary[] };
  'revisions.get': { input: { id: number }; output: Revision };
  /** Brings back a revision's content as the review; the restore is itself kept as a new revision. */
  'revisions.restore': { input: { id: number }; output: Review };

  /**
   * Asks the user for a picture (through the Host) and copies it into the journal's media folder.
   * Answers where it goes, with empty alt text, for the editor to place and save with the review;
   * null when the user cancelled. The stored review is not changed here.
   */
  'pictures.add': { input: PictureAddInput; output: StoredPicture | null };
  /** A kept picture as a data: URL, for the preview. */
  'pictures.read': { input: { file: string }; output: { file: string; dataUrl: string } };

  'notes.add': { input: NoteAddInput; output: Note };
  'notes.update': { input: NoteUpdateInput; output: Note };
  'notes.delete': { input: { id: number }; output: null };

  'settings.get': { input: NoInput; output: Settings };
  'settings.update': { input: SettingsUpdate; output: Settings };

  /** Reads a house-format text without saving: the import dialog's preview, or a line-naming invalid-input error. */
  'import.preview': { input: { text: string }; output: ImportPreview };
  /** Saves a house-format text as a completed drama with its final review; the same drama again is skipped unless `replace`. */
  'import.save': { input: { text: string; replace?: boolean }; output: ImportResult };

  /**
   * Asks the user for house-format .txt files (several at once) and answers their names and texts,
   * for the import dialog to preview; saves nothing. `cancelled` when the user dismissed the dialog.
   */
  'import.chooseFiles': { input: NoInput; output: { files: ChosenText[] } };

  /**
   * Asks the user for a folder and exports the site (or one review, `dramaId`) into it, sending
   * PROGRESS_EVENT events for the `site-export` task; `cancelled` when the user dismissed the
   * dialog or cancelled the export (`tasks.cancel`), and then the folder is as it was.
   */
  'site.export': { input: SiteExportRequest; output: SiteExportSummary };
  /** Stops a running long task; answers whether one was running. */
  'tasks.cancel': { input: { task: TaskName }; output: { cancelled: boolean } };

  /** Asks the user where to save, then writes the whole journal there as JSON (File > Export Journal…). */
  'journal.dump': { input: NoInput; output: JournalDumpSummary };

  /** Full-text search over titles, review text, notes and cast; best first, matches marked. */
  'search.query': { input: SearchQuery; output: SearchResult[] };

  'cast.list': { input: { dramaId: number }; output: CastMember[] };
  'cast.add': { input: CastAddInput; output: CastMember };
  /** Adds several members at the end of the cast in one transaction (confirmed suggestions). */
  'cast.addMany': { input: CastAddManyInput; output: CastMember[] };
  'cast.update': { input: CastUpdateInput; output: CastMember };
  'cast.delete': { input: { id: number }; output: null };
  /** Cast entries read from the drama's review text, minus actors already in its cast. */
  'cast.suggest': { input: { dramaId: number }; output: CastSuggestion[] };
  'actors.list': { input: NoInput; output: ActorSummary[] };
  /** Every drama with this actor (letter case ignored), with grades; not-found when none. */
  'actors.get': { input: { name: string }; output: ActorDetail };

  /** The journal in figures; with `year`, only dramas finished that year. */
  'stats.get': { input: StatsQuery; output: JournalStats };

  /** Asks the user for a tracker CSV file and answers its name and text; `cancelled` when dismissed. */
  'transfer.chooseCsv': { input: NoInput; output: ChosenText };
  /** Reads a Letterboxd diary or MyDramaList CSV and shows what importing it would do; writes nothing. */
  'transfer.previewCsv': { input: TrackerImportInput; output: TrackerImportPreview };
  /** Imports such a CSV in one transaction: all of the preview's rows, or nothing. */
  'transfer.importCsv': { input: TrackerImportInput; output: TrackerImportReport };
}

export type ChannelName = keyof IpcContract;
export type ChannelInput<C extends ChannelName> = IpcContract[C]['input'];
export type ChannelOutput<C extends ChannelName> = IpcContract[C]['output'];

export const CHANNEL_NAMES = [
  'journal.info',
  'dramas.list',
  'dramas.get',
  'dramas.create',
  'dramas.update',
  'dramas.delete',
  'dramas.suggestions',
  'watch.update',
  'watch.nextEpisode',
  'reviews.save',
  'reviews.delete',
  'revisions.list',
  'revisions.get',
  'revisions.restore',
  'pictures.add',
  'pictures.read',
  'notes.add',
  'notes.update',
  'notes.delete',
  'settings.get',
  'settings.update',
  'import.preview',
  'import.save',
  'import.chooseFiles',
  'site.export',
  'tasks.cancel',
  'journal.dump',
  'search.query',
  'cast.list',
  'cast.add',
  'cast.addMany',
  'cast.update',
  'cast.delete',
  'cast.suggest',
  'actors.list',
  'actors.get',
  'stats.get',
  'transfer.chooseCsv',
  'transfer.previewCsv',
  'transfer.importCsv',
] as const satisfies readonly ChannelName[];

// A channel added to IpcContract but not to CHANNEL_NAMES fails to compile here.
type Unlisted = Exclude<ChannelName, (typeof CHANNEL_NAMES)[number]>;
export const everyChannelListed: [Unlisted] extends [never] ? true : Unlisted = true;

export interface IpcError {
  code: ErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The API the preload puts on `window.dramalog`: one narrow function per channel, plus events. */
export type ChannelApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

/** Commands the app menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-drama',
  'open-library',
  'open-settings',
  /** Save what the editor holds now, without waiting for autosave. */
  'save-now',
  /** Find: the library's filter box, or search where there is one. */
  'find',
  /** Export the review of the drama on screen (File > Export This Review…). */
  'export-review',
  /** Export the whole site (File > Export Site…). */
  'export-site',
  /** File > Import Review…: choose house-format files and preview them in the import dialog. */
  'import-review',
  /** File > Import from Tracker…: a Letterboxd or MyDramaList CSV, previewed on the Data screen. */
  'import-tracker',
  /** File > Export Journal…: the whole journal as JSON. */
  'export-journal',
  'open-search',
  'open-actors',
  'open-stats',
  'open-data',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The event channel main uses to send menu commands to the renderer. */
export const MENU_EVENT = 'menu:command';

/**
 * Before the window closes, main sends BEFORE_CLOSE_EVENT; the preload runs the
 * page's before-close listeners (saving unsaved typing) and answers READY_TO_CLOSE_EVENT.
 */
export const BEFORE_CLOSE_EVENT = 'app:before-close';
export const READY_TO_CLOSE_EVENT = 'app:ready-to-close';

/** The event channel main uses to report progress of long work (Host.progress) to the window. */
export const PROGRESS_EVENT = 'app:progress';
export type { ProgressEvent };

export interface DramalogApi extends ChannelApi {
  /** Subscribes to app-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Runs `listener` before the window closes (or the app quits) and waits, for a
   * few seconds at most, for the promise it returns. Returns the unsubscribe function.
   */
  onBeforeClose(listener: () => void | Promise<void>): () => void;
  /** Subscribes to progress of long work (an export: task `site-export`); returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
