/**
 * The review editor's state: what the user typed (never reformatted), wired to
 * the autosave engine (autosave/autosave-engine.ts), which decides when it is
 * saved: AUTOSAVE_MS after typing stops, or at once with saveNow() (Ctrl/Cmd+S,
 * leaving the screen, hiding or closing the window). Meanwhile a copy of the
 * unsaved text sits in localStorage (draft-backup.ts) and is saved the next time
 * the review opens, if the app closed first.
 *
 * Each save names the stored review it was written over; when another window or
 * tab saved the review since, the journal refuses it (conflict). The editor then
 * keeps the typed text, stops saving, and shows the other text (`conflict`) until
 * the user keeps theirs over it (the other stays in Earlier versions).
 */
import { create } from 'zustand';
import type { Drama, Grade, Review, ReviewSection } from '@common/model';
import { ApiError, isCancelled, messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { REVIEW_SECTIONS } from '@common/model';
import { checkInput } from '@common/validation/parse';
import { dramaUpdateSchema } from '@common/validation/schemas';
import type { CoreError } from '@common/errors';
import { formErrorsOf, formFieldOf } from '../../shared/forms/field-errors';
import { asSentence } from '../../shared/format/sentence';
import { latestRequest } from '../../shared/loading/latest-request';
import { EMPTY_HEADER_VALUES, headerChangesOf, headerFieldOfValue, headerValuesOf, type DramaHeaderValues } from '../drama-fields/header-values';
import { FIELDS_BY_CORE_NAME, type DramaFormField } from '../drama-form/form-values';
import { createAutosaveEngine, type AutosaveStatus, type BackupStorage, type SaveOutcome } from './autosave/autosave-engine';
import { clearBackup, readBackup, writeBackup } from './draft-backup';
import {
  draftOf,
  insertPicture,
  movePicture,
  paragraphsAtCaret,
  paragraphsBefore,
  rekey,
  removePicture,
  reviewInputOf,
  reviewKeyOf,
  storedReviewKey,
  type Caret,
  type ReviewDraft,
  type Sections,
} from './editor-model';

export const AUTOSAVE_MS = 800;
const CONFLICT_MESSAGE = 'the review was changed in another window or tab since you opened it.';

export type SaveStatus = AutosaveStatus;
export type HeaderErrors = Partial<Record<DramaFormField, string>>;

interface EditorState {
  dramaId: number | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** The drama as the journal last returned it. */
  drama: Drama | null;
  siteTitle: string;
  header: DramaHeaderValues;
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
  /**
   * Each thing the refusal named, with its field as the core named it (`grade`, `reviewer.name`,
   * `nativeTitle`, `aired` …): shown beside those fields. Empty when none.
   */
  finalProblems: CoreError[];
  /** Set when typing left over from an earlier session was found and is being saved. */
  recoveredNotice: string | null;
  /** Bumps when the review text was replaced from outside the textareas (a restore), so they show it. */
  replacedAt: number;
  /** The review as another window saved it while this one held other text; saving waits for keepMine(). */
  conflict: { theirs: Review } | null;

  open(dramaId: number): Promise<void>;
  setHeader(patch: Partial<DramaHeaderValues>): void;
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
  /** Saves the text typed here over the other window's, which stays in Earlier versions. */
  keepMine(): Promise<boolean>;
}

let journalPath: string | null = null;
async function journalPathOnce(): Promise<string> {
  journalPath ??= (await api('journal.info', undefined)).path;
  return journalPath;
}

/** Where the unsaved text is kept until the journal has it: localStorage, one copy per review. */
const backupStorage: BackupStorage = {
  write(at) {
    const { dramaId, review, header } = useEditorStore.getState();
    if (dramaId !== null && journalPath) writeBackup(journalPath, { dramaId, at, review, header });
  },
  clear() {
    const { dramaId } = useEditorStore.getState();
    if (dramaId !== null && journalPath) clearBackup(journalPath, dramaId);
  },
};

/** The review last known to be in the journal, to tell whether the draft has changed since. */
let savedReviewKey: string | null = null;
/** The stored review's updatedAt the text here was written over; null: no review was stored. */
let baseUpdatedAt: string | null = null;
/** The next save overrides a conflict: it starts a revision of its own. */
let overriding = false;
/** What the last refused save named, each with its field, for "Mark final" to show beside the fields. */
let refusedProblems: CoreError[] = [];

/**
 * Saves the header and the review separately, so a bad title never holds back the
 * review's text; null when the journal already has both.
 */
function saveEditor(): Promise<SaveOutcome> | null {
  const { dramaId, drama, header, review } = useEditorStore.getState();
  if (dramaId === null || !drama) return null;
  const reviewInput = reviewInputOf(dramaId, review);
  const reviewKey = reviewKeyOf(reviewInput);
  const headerUpdate = headerChangesOf(drama, header);
  const reviewChanged = reviewKey !== savedReviewKey;
  if (!reviewChanged && !headerUpdate) {
    useEditorStore.setState({ headerErrors: {} });
    return null;
  }
  const set = (change: Partial<EditorState>) => {
    if (useEditorStore.getState().dramaId === dramaId) useEditorStore.setState(change);
  };
  return (async (): Promise<SaveOutcome> => {
    const problems: string[] = [];
    let worthRetrying = false;
    const failed = (error: unknown) => {
      problems.push(asSentence(messageOf(error)));
      refusedProblems = error instanceof ApiError ? (error.problems ?? [error]) : [];
      if (!(error instanceof ApiError) || (error.code !== 'invalid-input' && error.code !== 'not-found')) worthRetrying = true;
    };
    refusedProblems = [];
    if (headerUpdate) {
      // The core's own schema first: every problem in the header beside its field, and nothing sent.
      const checked = checkInput(dramaUpdateSchema, headerUpdate);
      if (!checked.ok) {
        const placed = formErrorsOf(checked.problems, FIELDS_BY_CORE_NAME);
        problems.push(...Object.values(placed.fields), ...(placed.form ? [placed.form] : []));
        set({ headerErrors: placed.fields });
      } else {
        try {
          set({ drama: await api('dramas.update', checked.value), headerErrors: {} });
        } catch (error) {
          failed(error);
          set({ headerErrors: formErrorsOf(error instanceof ApiError ? [error] : [], FIELDS_BY_CORE_NAME).fields });
        }
      }
    }
    if (reviewChanged && useEditorStore.getState().conflict) {
      problems.push(CONFLICT_MESSAGE);
    } else if (reviewChanged) {
      try {
        const separateRevision = overriding;
        const saved = await api('reviews.save', { ...reviewInput, baseUpdatedAt, ...(separateRevision ? { separateRevision } : {}) });
        overriding = false;
        baseUpdatedAt = saved.updatedAt;
        savedReviewKey = reviewKey;
        set({ reviewStored: true });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'conflict') {
          problems.push(CONFLICT_MESSAGE);
          const theirs = await api('dramas.get', { id: dramaId }).then((d) => d.review, () => null);
          if (theirs) set({ conflict: { theirs } });
        } else {
          failed(error);
        }
      }
    }
    return problems.length === 0 ? { ok: true } : { ok: false, message: problems.join(' '), retry: worthRetrying };
  })();
}

/** The editor's autosave; its state is mirrored in the store's `status` and `statusMessage`. */
export const editorAutosave = createAutosaveEngine({ save: saveEditor, backup: backupStorage, delays: { debounceMs: AUTOSAVE_MS } });

const latestOpen = latestRequest();

export const useEditorStore = create<EditorState>()((set, get) => {
  function edited(change: Partial<EditorState>) {
    set(change);
    editorAutosave.changed();
  }

  function updateSections(update: (sections: Sections) => Sections, extra: Partial<EditorState> = {}) {
    const review = get().review;
    edited({ review: { ...review, sections: update(review.sections) }, ...extra });
  }

  const saveNow = editorAutosave.flush;

  return {
    dramaId: null,
    loadState: 'idle',
    loadError: null,
    drama: null,
    siteTitle: '',
    header: EMPTY_HEADER_VALUES,
    review: draftOf(null, { reviewerName: '', reviewerLocation: '' }),
    reviewStored: false,
    suggestions: { platforms: [], genres: [] },
    status: 'saved',
    statusMessage: null,
    headerErrors: {},
    finalError: null,
    finalProblems: [],
    recoveredNotice: null,
    replacedAt: 0,
    conflict: null,

    async open(dramaId) {
      const isLatest = latestOpen.begin();
      // Whatever another review's editor still holds is saved before it is replaced.
      if (get().dramaId !== null && get().dramaId !== dramaId) await saveNow();
      if (!isLatest()) return;
      if (get().dramaId === dramaId && get().loadState === 'ready' && get().status !== 'saved') {
        // Back on the same review with typing not yet saved: what the store holds is newest; keep it.
        return;
      }
      editorAutosave.cancel();
      set({ dramaId, loadState: 'loading', loadError: null, drama: null, finalError: null, recoveredNotice: null });
      try {
        const [drama, settings, path, suggestions] = await Promise.all([
          api('dramas.get', { id: dramaId }),
          api('settings.get', undefined),
          journalPathOnce(),
          api('dramas.suggestions', undefined).catch(() => ({ platforms: [], genres: [] })),
        ]);
        if (!isLatest()) return;
        let review = draftOf(drama.review, settings);
        let header = headerValuesOf(drama);
        savedReviewKey = drama.review ? storedReviewKey(dramaId, drama.review) : reviewKeyOf(reviewInputOf(dramaId, review));
        const backup = readBackup(path, dramaId);
        let recovered = false;
        if (backup) {
          const differs = reviewKeyOf(reviewInputOf(dramaId, backup.review)) !== savedReviewKey || headerChangesOf(drama, backup.header) !== null;
          if (differs) {
            review = { ...backup.review, sections: rekey(backup.review.sections) };
            header = backup.header;
            recovered = true;
          } else {
            clearBackup(path, dramaId);
          }
        }
        baseUpdatedAt = drama.review?.updatedAt ?? null;
        overriding = false;
        set({
          conflict: null,
          loadState: 'ready',
          drama,
          siteTitle: settings.siteTitle,
          header,
          review,
          reviewStored: drama.review !== null,
          suggestions,
          headerErrors: {},
          recoveredNotice: recovered
            ? 'Dramalog closed before your last changes were saved. They are back, and saved now.'
            : null,
          replacedAt: Date.now(),
        });
        editorAutosave.reset(recovered ? 'pending' : 'saved');
      } catch (error) {
        if (isLatest()) set({ loadState: 'error', loadError: messageOf(error) });
      }
    },

    setHeader(patch) {
      const headerErrors = { ...get().headerErrors };
      const touched = new Set<string>(Object.keys(patch).map((key) => headerFieldOfValue(key as keyof DramaHeaderValues)));
      for (const field of touched) delete headerErrors[field as keyof HeaderErrors];
      // A detail "Mark final" found missing stops being marked once the user fills it in.
      const finalProblems = get().finalProblems.filter((p) => !touched.has(formFieldOf(p.field, FIELDS_BY_CORE_NAME) ?? ''));
      edited({ header: { ...get().header, ...patch }, headerErrors, finalProblems });
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
      // Each missing detail of the drama is shown beside its field too (DramaDetailsPanel), until it is edited.
      edited({ review: { ...get().review, state: 'draft' }, finalError: reason, finalProblems: refusedProblems });
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
      savedReviewKey = storedReviewKey(dramaId, restored);
      baseUpdatedAt = restored.updatedAt;
      set({ review: draftOf(restored, settings), reviewStored: true, finalError: null, replacedAt: Date.now() });
      editorAutosave.reset('saved');
    },

    dismissRecovered() {
      set({ recoveredNotice: null });
    },

    async keepMine() {
      const conflict = get().conflict;
      if (!conflict) return true;
      baseUpdatedAt = conflict.theirs.updatedAt;
      overriding = true;
      savedReviewKey = null;
      set({ conflict: null });
      return saveNow();
    },
  };
});

editorAutosave.subscribe(({ status, message }) => useEditorStore.setState({ status, statusMessage: message }));

/** Writes the unsaved-text copy at once (the page is going away) and starts a save. */
export function saveBeforeLeaving(): void {
  if (useEditorStore.getState().dramaId === null || editorAutosave.getState().status === 'saved') return;
  editorAutosave.backupNow();
  void editorAutosave.flush();
}
