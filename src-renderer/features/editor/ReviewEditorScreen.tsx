import { useEffect, useState } from 'react';
import { useCommand } from '../../app/commands';
import { hrefOf } from '../../app/routes';
import { shortcutLabel } from '../../app/shortcuts';
import { Field } from '../../shared/forms/Field';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { REVIEW_SECTIONS } from '@common/model';
import { useEditor } from './editor-store';
import { GradePicker } from './GradePicker';
import { HeaderFields } from './HeaderFields';
import { ReviewPreview } from './ReviewPreview';
import { RevisionsDialog } from './RevisionsDialog';
import { SaveStatus } from './SaveStatus';
import { SectionEditor } from './SectionEditor';
import './editor.css';

function Byline() {
  const grade = useEditor((s) => s.review.grade);
  const final = useEditor((s) => s.review.state === 'final');
  const name = useEditor((s) => s.review.reviewerName);
  const location = useEditor((s) => s.review.reviewerLocation);
  const finalError = useEditor((s) => s.finalError);
  const finalErrorField = useEditor((s) => s.finalErrorField);
  const { setGrade, setReviewer } = useEditor.getState();
  const gradeError = finalError && finalErrorField === 'grade' ? finalError : undefined;
  const nameError = finalError && finalErrorField === 'reviewer.name' ? finalError : undefined;
  return (
    <fieldset className="form-section">
      <legend className="form-section__title">Grade and byline</legend>
      <GradePicker grade={grade} required={final} error={gradeError} onChange={setGrade} />
      <div className="form-row">
        <Field id="review-reviewer-name" label="Reviewer name" error={nameError}>
          {(control) => (
            <input {...control} type="text" value={name} autoComplete="off" onChange={(e) => setReviewer({ reviewerName: e.target.value })} />
          )}
        </Field>
        <Field id="review-reviewer-location" label="Reviewer location">
          {(control) => (
            <input
              {...control}
              type="text"
              value={location}
              autoComplete="off"
              onChange={(e) => setReviewer({ reviewerLocation: e.target.value })}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}

function Header() {
  const header = useEditor((s) => s.header);
  const errors = useEditor((s) => s.headerErrors);
  const suggestions = useEditor((s) => s.suggestions);
  return <HeaderFields header={header} errors={errors} suggestions={suggestions} onChange={useEditor.getState().setHeader} />;
}

function FinalToggle() {
  const final = useEditor((s) => s.review.state === 'final');
  const finalError = useEditor((s) => s.finalError);
  const [busy, setBusy] = useState(false);
  async function toggle() {
    setBusy(true);
    try {
      await useEditor.getState().setFinal(!final);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="final-toggle">
      <span className={`review-state review-state--${final ? 'final' : 'draft'}`}>{final ? 'Final' : 'Draft'}</span>
      <button
        type="button"
        className={final ? 'button' : 'button button--primary'}
        disabled={busy}
        aria-describedby={finalError ? 'final-error' : 'final-hint'}
        onClick={() => void toggle()}
      >
        {final ? 'Back to draft' : 'Mark final'}
      </button>
      <span id="final-hint" className="visually-hidden">
        Only final reviews are exported to the site.
      </span>
      {finalError && (
        <p className="form-error final-toggle__error" id="final-error" role="alert">
          Not marked final: {finalError}
        </p>
      )}
    </div>
  );
}

/** Write and edit a drama's review, with the published page beside it as you type. */
export function ReviewEditorScreen({ id }: { id: number }) {
  const loadState = useEditor((s) => s.loadState);
  const loadError = useEditor((s) => s.loadError);
  const dramaId = useEditor((s) => s.dramaId);
  const drama = useEditor((s) => s.drama);
  const siteTitle = useEditor((s) => s.siteTitle);
  const title = useEditor((s) => s.header.title);
  const status = useEditor((s) => s.status);
  const statusMessage = useEditor((s) => s.statusMessage);
  const recoveredNotice = useEditor((s) => s.recoveredNotice);
  const reviewStored = useEditor((s) => s.reviewStored);
  const { open, saveNow, dismissRecovered } = useEditor.getState();
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  useDocumentTitle(drama ? `Review of ${drama.title}` : 'Review');

  useEffect(() => {
    void open(id);
    // Leaving the editor saves what it holds (the store outlives the screen, so the save completes).
    return () => void useEditor.getState().saveNow();
  }, [id, open]);

  useCommand('save-now', () => void saveNow(), loadState === 'ready');

  const ready = loadState === 'ready' && dramaId === id && drama;
  if (!ready) {
    return (
      <div className="screen">
        {loadState === 'error' ? (
          <>
            <ScreenHeading>Review not available</ScreenHeading>
            <ErrorNotice message={loadError ?? 'The review could not be opened.'} onRetry={() => void open(id)} />
            <p>
              <a href={hrefOf({ name: 'library' })}>Back to the library</a>
            </p>
          </>
        ) : (
          <Loading>Opening the review…</Loading>
        )}
      </div>
    );
  }

  return (
    <div className="screen editor-screen">
      <header className="screen__header editor-bar">
        <div>
          <ScreenHeading>{reviewStored ? 'Edit review' : 'Write review'}</ScreenHeading>
          <p className="screen__subtitle">{title || drama.title}</p>
        </div>
        <div className="editor-bar__actions">
          <SaveStatus status={status} message={statusMessage} onRetry={() => void saveNow()} />
          <button type="button" className="button" onClick={() => void saveNow()} title={`Save now (${shortcutLabel('s')})`}>
            Save now <kbd className="kbd">{shortcutLabel('s')}</kbd>
          </button>
          <button type="button" className="button" onClick={() => setRevisionsOpen(true)}>
            Earlier versions…
          </button>
          <FinalToggle />
          <a className="button" href={hrefOf({ name: 'drama', id })}>
            Done
          </a>
        </div>
      </header>

      {recoveredNotice && (
        <div className="notice notice--info" role="status">
          <p>{recoveredNotice}</p>
          <button type="button" className="button button--quiet" onClick={dismissRecovered}>
            OK
          </button>
        </div>
      )}

      <div className="editor-layout">
        <form className="editor-form" aria-label="Review" noValidate onSubmit={(event) => event.preventDefault()}>
          <Header />
          <Byline />
          {REVIEW_SECTIONS.map((name) => (
            <SectionEditor key={name} name={name} />
          ))}
        </form>
        <section className="editor-preview" aria-labelledby="preview-title" tabIndex={0}>
          <h2 id="preview-title" className="editor-preview__title">
            Preview
          </h2>
          <ReviewPreview drama={drama} siteTitle={siteTitle} />
        </section>
      </div>

      <RevisionsDialog dramaId={id} open={revisionsOpen} onClose={() => setRevisionsOpen(false)} />
    </div>
  );
}
