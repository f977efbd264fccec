/**
 * The review editor's state and its autosave. The store holds what the user
 * typed (never reformatted) and keeps the journal in step with it:
 *
 * - a change is saved AUTOSAVE_MS after typing stops; saveNow() (Ctrl/Cmd+S,
 *   leaving the screen, hiding or closing the window) saves at once;
 * - saves run one at a time, each taking the latest text; one that fails keeps the
 *   text, says why, and is tried again (on the next change, or after a pause when
 *   the journal could not be reached);
 * - meanwhile a copy of the unsaved text sits in localStorage (draft-backup.ts)
 *   and is saved the next time the review opens, if the app closed first.
 *
 * The drama's header fields and the review are saved separately, so a bad title
 * never holds back the review's text.
 */
import { create } from 'zustand';
import type { Drama, Grade, ReviewSection } from '@common/model';
import { ApiError, isCancelled, messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { REVIEW_SECTIONS } from '@common/model';
import { checkInput } from '@common/validation/parse';
import { dramaUpdateSchema } from '@common/validation/schemas';
import { formErrorsOf } from '../../shared/forms/field-errors';
import { asSentence } from '../../shared/format/sentence';
import { fieldOfValue, FIELDS_BY_CORE_NAME, type DramaFormField } from '../drama-form/form-values';
import { clearBackup, readBackup, writeBackup } from './draft-backup';
import {
  draftOf,
  headerOf,
  insertPicture,
  movePicture,
  newKey,
  paragraphsBefore,
  removePicture,
  reviewInputOf,
  reviewKeyOf,
  splitAtCaret,
  splitParagraphs,
  storedReviewKey,
  type Block,
  type Caret,
  type HeaderDraft,
  type ReviewDraft,
  type Sections,
} from './editor-model';
import { headerUpdateOf } from './header-input';

export const AUTOSAVE_MS = 800;
const BACKUP_MS = 250;
const RETRY_MS = [2_000, 5_000, 15_000, 30_000];

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';
export type HeaderErrors = Partial<Record<DramaFormField, string>>;

interface EditorState {
  dramaId: number | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** The drama as the journal last returned it. */
  drama: Drama | null;
  siteTitle: string;
  header: HeaderDraft;
  review: ReviewDraft;
  /** Whether the journal holds a review for this drama yet. */
  reviewStored: boolean;
  suggestions: { platforms: string[]; genres: string[] };
  status: SaveStatus;
  /** Why the last save failed, in plain words. */
  statusMessage: string | null;
  headerErrors: HeaderErrors;
  /** Why the review could not be marked final. */
  finalError: string | null;
  /** The field that reason is about (`grade`, `reviewer.name`), as the core named it; null when none. */
  finalErrorField: string | null;
  /** Set when typing left over from an earlier session was found and is being saved. */
  recoveredNotice: string | null;
  /** Bumps when the review text was replaced from outside the textareas (a restore), so they show it. */
  replacedAt: number;

  open(dramaId: number): Promise<void>;
  setHeader(patch: Partial<HeaderDraft>): void;
  setGrade(grade: Grade | null): void;
  setReviewer(patch: { reviewerName?: string; reviewerLocation?: string }): void;
  setText(section: ReviewSection, blockKey: string, text: string): void;
  setPictureAlt(blockKey: string, alt: string): void;
  /** Asks for a picture file and places it after the paragraph holding the caret; answers the new block's key. */
  addPicture(section: ReviewSection, caret: Caret | null): Promise<string | null>;
  removePicture(blockKey: string): void;
  movePicture(blockKey: string, direction: -1 | 1): void;
  /** Marks the review final (refused without a grade, reviewer name or alt text) or back to a draft. */
  setFinal(final: boolean): Promise<boolean>;
  /** Saves what is typed now; resolves true once the journal has all of it. */
  saveNow(): Promise<boolean>;
  restoreRevision(id: number): Promise<void>;
  dismissRecovered(): void;
}

const EMPTY_HEADER: HeaderDraft = {
  title: '',
  nativeTitle: '',
  platforms: [],
  platformDraft: '',
  genres: [],
  genreDraft: '',
  airedMonth: '',
  airedYear: '',
  episodes: '',
};

let journalPath: string | null = null;
async function journalPathOnce(): Promise<string> {
  journalPath ??= (await api('journal.info', undefined)).path;
  return journalPath;
}

function rekey(sections: Sections): Sections {
  const out = {} as Sections;
  for (const name of REVIEW_SECTIONS) out[name] = sections[name].map((block) => ({ ...block, key: newKey(block.kind === 'text' ? 't' : 'p') }));
  return out;
}

export const useEditor = create<EditorState>()((set, get) => {
  /** Counts edits; a save that started at an older count leaves the status "pending". */
  let version = 0;
  let savedReviewKey: string | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let backupTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  /** The field the last refused save named, for the final toggle to show its reason beside it. */
  let refusedField: string | null = null;
  let queue: Promise<boolean> = Promise.resolve(true);
  let queued = false;
  let latestOpen = 0;

  function scheduleSave(delay: number) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void saveNow(), delay);
  }

  function backupNow() {
    clearTimeout(backupTimer);
    const { dramaId, review, header, status } = get();
    if (dramaId === null || !journalPath || status === 'saved') return;
    writeBackup(journalPath, { dramaId, at: Date.now(), review, header });
  }

  function edited(change: Partial<EditorState>) {
    version += 1;
    set({ ...change, status: get().status === 'saving' ? 'saving' : 'pending' });
    clearTimeout(backupTimer);
    backupTimer = setTimeout(backupNow, BACKUP_MS);
    retries = 0;
    scheduleSave(AUTOSAVE_MS);
  }

  function updateSections(update: (sections: Sections) => Sections, extra: Partial<EditorState> = {}) {
    const review = get().review;
    edited({ review: { ...review, sections: update(review.sections) }, ...extra });
  }

  async function performSave(): Promise<boolean> {
    const { dramaId, drama, header, review } = get();
    if (dramaId === null || !drama) return true;
    const startedAt = version;
    const reviewInput = reviewInputOf(dramaId, review);
    const reviewKey = reviewKeyOf(reviewInput);
    const headerUpdate = headerUpdateOf(drama, header);
    const reviewChanged = reviewKey !== savedReviewKey;
    if (!reviewChanged && !headerUpdate) {
      if (startedAt === version) {
        set({ status: 'saved', statusMessage: null, headerErrors: {} });
        if (journalPath) clearBackup(journalPath, dramaId);
      }
      return true;
    }
    set({ status: 'saving' });
    const problems: string[] = [];
    let worthRetrying = false;
    const failed = (error: unknown) => {
      problems.push(asSentence(messageOf(error)));
      refusedField = error instanceof ApiError ? (error.field ?? null) : null;
      if (!(error instanceof ApiError) || (error.code !== 'invalid-input' && error.code !== 'not-found')) worthRetrying = true;
    };
    refusedField = null;
    if (headerUpdate) {
      // The core's own schema first: every problem in the header beside its field, and nothing sent.
      const checked = checkInput(dramaUpdateSchema, headerUpdate);
      if (!checked.ok) {
        const placed = formErrorsOf(checked.problems, FIELDS_BY_CORE_NAME);
        problems.push(...Object.values(placed.fields), ...(placed.form ? [placed.form] : []));
        if (get().dramaId === dramaId) set({ headerErrors: placed.fields });
      } else {
        try {
          const saved = await api('dramas.update', checked.value);
          if (get().dramaId === dramaId) set({ drama: saved, headerErrors: {} });
        } catch (error) {
          failed(error);
          if (get().dramaId === dramaId) set({ headerErrors: formErrorsOf(error instanceof ApiError ? [error] : [], FIELDS_BY_CORE_NAME).fields });
        }
      }
    }
    if (reviewChanged) {
      try {
        await api('reviews.save', reviewInput);
        savedReviewKey = reviewKey;
        if (get().dramaId === dramaId) set({ reviewStored: true });
      } catch (error) {
        failed(error);
      }
    }
    if (get().dramaId !== dramaId) return problems.length === 0;
    if (problems.length === 0) {
      retries = 0;
      if (startedAt === version) {
        set({ status: 'saved', statusMessage: null });
        if (journalPath) clearBackup(journalPath, dramaId);
      } else {
        set({ status: 'pending' });
        scheduleSave(AUTOSAVE_MS);
      }
      return startedAt === version;
    }
    set({ status: 'error', statusMessage: problems.join(' ') });
    backupNow();
    if (worthRetrying) scheduleSave(RETRY_MS[Math.min(retries++, RETRY_MS.length - 1)]!);
    return false;
  }

  /** Saves one at a time: a call while a save runs waits for it, then saves whatever is newest. */
  function saveNow(): Promise<boolean> {
    clearTimeout(saveTimer);
    if (queued) return queue;
    queued = true;
    const run = () => {
      queued = false;
      return performSave();
    };
    queue = queue.then(run, run);
    return queue;
  }

  return {
    dramaId: null,
    loadState: 'idle',
    loadError: null,
    drama: null,
    siteTitle: '',
    header: EMPTY_HEADER,
    review: draftOf(null, { reviewerName: '', reviewerLocation: '' }),
    reviewStored: false,
    suggestions: { platforms: [], genres: [] },
    status: 'saved',
    statusMessage: null,
    headerErrors: {},
    finalError: null,
    finalErrorField: null,
    recoveredNotice: null,
    replacedAt: 0,

    async open(dramaId) {
      const request = ++latestOpen;
      // Whatever another review's editor still holds is saved before it is replaced.
      if (get().dramaId !== null && get().dramaId !== dramaId) await saveNow();
      if (request !== latestOpen) return;
      if (get().dramaId === dramaId && get().loadState === 'ready' && get().status !== 'saved') {
        // Back on the same review with typing not yet saved: what the store holds is newest; keep it.
        return;
      }
      clearTimeout(saveTimer);
      set({ dramaId, loadState: 'loading', loadError: null, drama: null, finalError: null, recoveredNotice: null });
      try {
        const [drama, settings, path, suggestions] = await Promise.all([
          api('dramas.get', { id: dramaId }),
          api('settings.get', undefined),
          journalPathOnce(),
          api('dramas.suggestions', undefined).catch(() => ({ platforms: [], genres: [] })),
        ]);
        if (request !== latestOpen) return;
        let review = draftOf(drama.review, settings);
        let header = headerOf(drama);
        savedReviewKey = drama.review ? storedReviewKey(dramaId, drama.review) : reviewKeyOf(reviewInputOf(dramaId, review));
        const backup = readBackup(path, dramaId);
        let recovered = false;
        if (backup) {
          const differs = reviewKeyOf(reviewInputOf(dramaId, backup.review)) !== savedReviewKey || headerUpdateOf(drama, backup.header) !== null;
          if (differs) {
            review = { ...backup.review, sections: rekey(backup.review.sections) };
            header = backup.header;
            recovered = true;
          } else {
            clearBackup(path, dramaId);
          }
        }
        version += 1;
        retries = 0;
        set({
          loadState: 'ready',
          drama,
          siteTitle: settings.siteTitle,
          header,
          review,
          reviewStored: drama.review !== null,
          suggestions,
          status: recovered ? 'pending' : 'saved',
          statusMessage: null,
          headerErrors: {},
          recoveredNotice: recovered
            ? 'Dramalog closed before your last changes were saved. They are back, and saved now.'
            : null,
          replacedAt: Date.now(),
        });
        if (recovered) void saveNow();
      } catch (error) {
        if (request === latestOpen) set({ loadState: 'error', loadError: messageOf(error) });
      }
    },

    setHeader(patch) {
      const headerErrors = { ...get().headerErrors };
      for (const key of Object.keys(patch)) {
        delete headerErrors[fieldOfValue(key as keyof HeaderDraft)];
      }
      edited({ header: { ...get().header, ...patch }, headerErrors });
    },

    setGrade(grade) {
      edited({ review: { ...get().review, grade }, finalError: null });
    },

    setReviewer(patch) {
      edited({ review: { ...get().review, ...patch }, finalError: null });
    },

    setText(section, blockKey, text) {
      updateSections((sections) => ({
        ...sections,
        [section]: sections[section].map((block) => (block.key === blockKey && block.kind === 'text' ? { ...block, text } : block)),
      }));
    },

    setPictureAlt(blockKey, alt) {
      updateSections(
        (sections) => {
          const out = { ...sections };
          for (const name of REVIEW_SECTIONS) {
            if (sections[name].some((b) => b.key === blockKey)) {
              out[name] = sections[name].map((b) => (b.key === blockKey && b.kind === 'picture' ? { ...b, alt } : b));
            }
          }
          return out;
        },
        { finalError: null },
      );
    },

    async addPicture(section, caret) {
      const { dramaId, review } = get();
      if (dramaId === null) return null;
      const blocks = review.sections[section];
      const inSection = caret && caret.section === section && blocks.some((b) => b.key === caret.blockKey) ? caret : null;
      const afterParagraph = inSection ? paragraphsAtCaret(blocks, inSection) : paragraphsBefore(blocks, '');
      let picture;
      try {
        picture = await api('pictures.add', { dramaId, section, afterParagraph });
      } catch (error) {
        if (isCancelled(error)) return null;
        throw error;
      }
      if (get().dramaId !== dramaId) return null;
      const current = get().review.sections[section];
      const still = inSection && current.some((b) => b.key === inSection.blockKey) ? inSection : null;
      const { blocks: next, key } = insertPicture(current, { file: picture.file, alt: picture.alt }, still);
      updateSections((sections) => ({ ...sections, [section]: next }));
      return key;
    },

    removePicture(blockKey) {
      updateSections((sections) => {
        const out = { ...sections };
        for (const name of REVIEW_SECTIONS) if (sections[name].some((b) => b.key === blockKey)) out[name] = removePicture(sections[name], blockKey);
        return out;
      });
    },

    movePicture(blockKey, direction) {
      updateSections((sections) => movePicture(sections, blockKey, direction));
    },

    async setFinal(final) {
      const before = get().review;
      edited({ review: { ...before, state: final ? 'final' : 'draft' }, finalError: null });
      const saved = await saveNow();
      if (saved || !final) return saved;
      // Refused as final: back to a draft (which saves), and say what is missing.
      const reason = get().statusMessage;
      edited({ review: { ...get().review, state: 'draft' }, finalError: reason, finalErrorField: refusedField });
      await saveNow();
      return false;
    },

    saveNow,

    async restoreRevision(id) {
      const dramaId = get().dramaId;
      await saveNow();
      const restored = await api('revisions.restore', { id });
      if (dramaId === null || get().dramaId !== dramaId) return;
      const settings = { reviewerName: '', reviewerLocation: '' };
      version += 1;
      savedReviewKey = storedReviewKey(dramaId, restored);
      if (journalPath) clearBackup(journalPath, dramaId);
      set({
        review: draftOf(restored, settings),
        reviewStored: true,
        status: 'saved',
        statusMessage: null,
        finalError: null,
        replacedAt: Date.now(),
      });
    },

    dismissRecovered() {
      set({ recoveredNotice: null });
    },
  };
});

/** Paragraphs before the place a picture would go for this caret: after the paragraph holding it. */
function paragraphsAtCaret(blocks: readonly Block[], caret: Caret): number {
  let count = 0;
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    if (block.key === caret.blockKey) return count + splitParagraphs(splitAtCaret(block.text, caret.offset).before).length;
    count += splitParagraphs(block.text).length;
  }
  return count;
}

/** Writes the unsaved-text copy at once (the page is going away) and starts a save. */
export function saveBeforeLeaving(): void {
  const state = useEditor.getState();
  if (state.dramaId === null || state.status === 'saved') return;
  const path = journalPath;
  if (path) writeBackup(path, { dramaId: state.dramaId, at: Date.now(), review: state.review, header: state.header });
  void state.saveNow();
}
