import { useId, type MouseEvent } from 'react';
import { formatMonthYear } from '@common/house-format/format';
import { DEFAULT_SITE_TITLE } from '@common/model';
import { HouseReviewView } from '@common/house-format/view';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { ModalDialog } from '../../shared/ui/ModalDialog';
import { useSettingsStore } from '../settings/settings-store';
import { CastSuggestionList } from '../actors/CastSuggestionList';
import { ParsedFields } from './ParsedFields';
import { replaceLabel, replacementSentence } from './replacement-words';
import { useImportStore } from './import-store';
import './import.css';

// Links in the preview lead nowhere: the review is not published yet.
const stayHere = (event: MouseEvent) => {
  if ((event.target as Element).closest('a')) event.preventDefault();
};

function ReviewStep() {
  const { sources, index, text, preview, previewedText, previewError, step, error, setText, save, chooseFiles, next } = useImportStore();
  const siteTitle = useSettingsStore((s) => s.settings?.siteTitle) ?? DEFAULT_SITE_TITLE;
  const textId = useId();
  const hintId = useId();
  const source = sources[index];
  const fresh = preview !== null && previewedText === text;
  const replaces = preview?.replaces ?? null;
  const saving = step === 'saving';

  return (
    <>
      {preview && replaces && (
        <div className="import-dialog__existing" role="status">
          <p>
            <strong>
              {preview.review.title} ({formatMonthYear(preview.review.aired)}) is already in your journal.
            </strong>{' '}
            {replacementSentence(replaces)}
          </p>
          <p>
            {replaces.overwritesReview ? 'Your review in the journal will be overwritten by this text. ' : ''}
            Its notes, cast and page address are kept.
          </p>
        </div>
      )}
      <div className="import-dialog__columns">
        <div className="import-dialog__input">
          <div className="import-dialog__source">
            {source?.name ? (
              <p>
                {sources.length > 1 ? `File ${index + 1} of ${sources.length}: ` : 'File: '}
                <strong>{source.name}</strong>
              </p>
            ) : (
              <p>Paste a review in the house format, or choose text files.</p>
            )}
            <button type="button" className="button" onClick={() => void chooseFiles()} disabled={saving}>
              Choose files…
            </button>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={textId}>
              Review text
            </label>
            <textarea
              id={textId}
              className="input import-dialog__text"
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={hintId}
              aria-invalid={previewError ? true : undefined}
              spellCheck={false}
              rows={12}
            />
            <p id={hintId} className="field__hint">
              Title, Korean title, release line, genres with the grade, byline, then the review with “The Story:” before the story.
            </p>
          </div>
          {previewError && (
            <p className="field__error import-dialog__refusal" role="alert">
              Not in the house format: {previewError}
            </p>
          )}
          {preview && <ParsedFields review={preview.review} />}
        </div>
        <section className="import-dialog__preview" aria-label="Preview as published" tabIndex={0}>
          {preview ? (
            <div className="review-preview" onClickCapture={stayHere} data-testid="import-preview">
              <HouseReviewView review={preview.review} siteTitle={siteTitle} homeHref="#" />
            </div>
          ) : (
            <p className="import-dialog__placeholder">The review appears here as it will be published.</p>
          )}
        </section>
      </div>
      <ActionError message={error} />
      <div className="dialog__actions">
        {sources.length > 1 && (
          <button type="button" className="button" onClick={next} disabled={saving}>
            Skip this file
          </button>
        )}
        <button type="button" className="button" onClick={() => useImportStore.getState().close()} disabled={saving}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={!fresh || saving}>
          {saving ? 'Saving…' : replaces ? replaceLabel(replaces) : 'Import'}
        </button>
      </div>
    </>
  );
}

function CastStep() {
  const { saved, suggestions, step, error, addCast, next } = useImportStore();
  return (
    <div className="import-dialog__cast">
      <p role="status" className="import-dialog__saved">
        {saved?.status === 'replaced' ? 'Replaced' : 'Imported'} {saved?.title}.
      </p>
      <CastSuggestionList
        suggestions={suggestions}
        busy={step === 'adding-cast'}
        error={error}
        skipLabel="Skip"
        onConfirm={(chosen) => void addCast(chosen)}
        onSkip={next}
      />
    </div>
  );
}

/**
 * File > Import Review… and pasting: the parsed fields and the review as it will
 * be published, before anything is saved; a text not in the house format is
 * refused with the line. After saving, the cast the review names is offered,
 * then the drama opens. Mounted once, at the app's root.
 */
export function ImportDialog() {
  const open = useImportStore((s) => s.open);
  const step = useImportStore((s) => s.step);
  const titleId = useId();

  return (
    <ModalDialog open={open} className="dialog import-dialog" labelledBy={titleId} onEscape={() => useImportStore.getState().close()}>
      <h2 id={titleId} className="dialog__title">
        Import review
      </h2>
      {open && (step === 'cast' || step === 'adding-cast' ? <CastStep /> : <ReviewStep />)}
    </ModalDialog>
  );
}
