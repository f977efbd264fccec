import { useEffect, useRef, useState } from 'react';
import { ConflictNotice } from './ConflictNotice';
import { PublishOffer } from '../export/PublishOffer';
import { useCommand } from '../../app/commands';
import { hrefOf } from '../../app/routes';
import { shortcutLabel } from '../../app/shortcuts';
import { Field } from '../../shared/forms/Field';
import { asSentence } from '../../shared/format/sentence';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { REVIEW_SECTIONS } from '@common/model';
import { useEditorStore } from './editor-store';
import { DramaDetailsPanel } from './DramaDetailsPanel';
import { GradePicker } from './GradePicker';
import { ReviewPreview } from './ReviewPreview';
import { RevisionsDialog } from './RevisionsDialog';
import { SaveStatus } from './SaveStatus';
import { SectionEditor } from './SectionEditor';
import { usePreviewFollows } from './use-preview-follows';
import './editor.css';

function Byline() {
  const grade = useEditorStore((s) => s.review.grade);
  const final = useEditorStore((s) => s.review.state === 'final');
  const name = useEditorStore((s) => s.review.reviewerName);
  const location = useEditorStore((s) => s.review.reviewerLocation);
  const finalError = useEditorStore((s) => s.finalError);
  const finalProblems = useEditorStore((s) => s.finalProblems);
  const { setGrade, setReviewer } = useEditorStore.getState();
  const problemWith = (field: string) => {
    const problem = finalError ? finalProblems.find((p) => p.field === field) : undefined;
    return problem && asSentence(problem.message);
  };
  const gradeError = problemWith('grade');
  const nameError = problemWith('reviewer.name');
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

type Pane = 'write' | 'preview';

/**
 * After a refusal, focus goes to the first field the form now marks as at fault (the grade,
 * the reviewer's name, a picture's alt text, a detail of the drama), or else to the refusal itself.
 */
function focusFieldAtFault() {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const form = document.querySelector('.editor-form');
      const field = form?.querySelector<HTMLElement>("[aria-invalid='true'], .field--invalid input:checked, .field--invalid input");
      (field ?? document.getElementById('final-error'))?.focus();
    }),
  );
}

function FinalToggle({ onRefused, onMarkedFinal }: { onRefused(): void; onMarkedFinal(): void }) {
  const final = useEditorStore((s) => s.review.state === 'final');
  const finalError = useEditorStore((s) => s.finalError);
  const [busy, setBusy] = useState(false);
  async function toggle() {
    setBusy(true);
    try {
      const done = await useEditorStore.getState().setFinal(!final);
      if (!done && !final) onRefused();
      if (done && !final) onMarkedFinal();
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
    </div>
  );
}

/**
 * Why "Mark final" was refused: a row of its own under the toolbar. Several things missing are
 * listed one by one (each is also shown beside its field); one is said in a sentence.
 */
function FinalRefusal() {
  const finalError = useEditorStore((s) => s.finalError);
  const problems = useEditorStore((s) => s.finalProblems);
  if (!finalError) return null;
  if (problems.length < 2) {
    return (
      <p className="form-error editor-toolbar__refusal" id="final-error" role="alert" tabIndex={-1}>
        Not marked final: {finalError}
      </p>
    );
  }
  return (
    <div className="form-error form-error--list editor-toolbar__refusal" id="final-error" role="alert" tabIndex={-1}>
      <p>Not marked final: {problems.length} things are missing.</p>
      <ul className="form-error__list">
        {problems.map((problem) => (
          <li key={problem.field ?? problem.message}>{asSentence(problem.message)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Where the window is too narrow for both, one button pair chooses between writing and the preview. */
function PaneToggle({ pane, onChange }: { pane: Pane; onChange(pane: Pane): void }) {
  return (
    <div className="pane-toggle" role="group" aria-label="Show">
      <button type="button" className="pane-toggle__button" aria-pressed={pane === 'write'} onClick={() => onChange('write')}>
        Write
      </button>
      <button type="button" className="pane-toggle__button" aria-pressed={pane === 'preview'} onClick={() => onChange('preview')}>
        Preview
      </button>
    </div>
  );
}

/** Write and edit a drama's review, with the published page beside it as you type. */
export function ReviewEditorScreen({ id }: { id: number }) {
  const loadState = useEditorStore((s) => s.loadState);
  const loadError = useEditorStore((s) => s.loadError);
  const dramaId = useEditorStore((s) => s.dramaId);
  const drama = useEditorStore((s) => s.drama);
  const siteTitle = useEditorStore((s) => s.siteTitle);
  const title = useEditorStore((s) => s.header.title);
  const status = useEditorStore((s) => s.status);
  const statusMessage = useEditorStore((s) => s.statusMessage);
  const recoveredNotice = useEditorStore((s) => s.recoveredNotice);
  const reviewStored = useEditorStore((s) => s.reviewStored);
  const { open, saveNow, dismissRecovered } = useEditorStore.getState();
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [pane, setPane] = useState<Pane>('write');
  // After Mark final, Update site is offered until dismissed or the review is a draft again.
  const [publishOffered, setPublishOffered] = useState(false);
  const final = useEditorStore((s) => s.review.state === 'final');
  const formRef = useRef<HTMLFormElement>(null);
  const previewRef = useRef<HTMLElement>(null);
  useDocumentTitle(drama ? `Review of ${drama.title}` : 'Review');

  useEffect(() => {
    void open(id);
    setPublishOffered(false);
    // Leaving the editor saves what it holds (the store outlives the screen, so the save completes).
    return () => void useEditorStore.getState().saveNow();
  }, [id, open]);

  useCommand('save-now', () => void saveNow(), loadState === 'ready');

  const ready = loadState === 'ready' && dramaId === id && drama;
  usePreviewFollows(formRef, previewRef, Boolean(ready));
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
      <header className="screen__header editor-heading">
        <div>
          <ScreenHeading>{reviewStored ? 'Edit review' : 'Write review'}</ScreenHeading>
          <p className="screen__subtitle">{title || drama.title}</p>
        </div>
      </header>

      {/* Stays in view under the app header while the review scrolls. */}
      <div className="editor-toolbar">
        <div className="editor-toolbar__row">
          <PaneToggle pane={pane} onChange={setPane} />
          <SaveStatus status={status} message={statusMessage} onRetry={() => void saveNow()} />
          <div className="editor-toolbar__actions">
            <button type="button" className="button editor-toolbar__save" onClick={() => void saveNow()} title={`Save now (${shortcutLabel('s')})`}>
              Save now <kbd className="kbd">{shortcutLabel('s')}</kbd>
            </button>
            <button type="button" className="button" onClick={() => setRevisionsOpen(true)}>
              <span className="phone-hidden-label">Earlier versions…</span>
              <span className="editor-toolbar__short" aria-hidden="true">
                Versions…
              </span>
            </button>
            <FinalToggle
              onRefused={() => {
                setPane('write');
                focusFieldAtFault();
              }}
              onMarkedFinal={() => setPublishOffered(true)}
            />
            <a className="button" href={hrefOf({ name: 'drama', id })}>
              Done
            </a>
          </div>
        </div>
        <FinalRefusal />
        {publishOffered && final && <PublishOffer onDismiss={() => setPublishOffered(false)} />}
      </div>

      <ConflictNotice />

      {recoveredNotice && (
        <div className="notice notice--info" role="status">
          <p>{recoveredNotice}</p>
          <button type="button" className="button button--quiet" onClick={dismissRecovered}>
            OK
          </button>
        </div>
      )}

      <div className="editor-layout" data-pane={pane}>
        <form ref={formRef} className="editor-form" aria-label="Review" noValidate onSubmit={(event) => event.preventDefault()}>
          <Byline />
          {REVIEW_SECTIONS.map((name) => (
            <SectionEditor key={name} name={name} />
          ))}
          <DramaDetailsPanel drama={drama} />
        </form>
        <section ref={previewRef} className="editor-preview" aria-labelledby="preview-title" tabIndex={0}>
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
