import { useState } from 'react';
import { formatReleaseLine } from '@common/house-format/format';
import type { Drama } from '@common/model';
import { canBePublished } from '@common/validation/publish-rules';
import { previewRelease, type DramaHeaderValues } from '../drama-fields/header-values';
import { formErrorsOf } from '../../shared/forms/field-errors';
import { FIELDS_BY_CORE_NAME } from '../drama-form/form-values';
import { useEditorStore } from './editor-store';
import { HeaderFields } from './HeaderFields';

/** Whether every part of the review's header has a value (all publishing needs): then the panel can start folded. */
function headerComplete(header: DramaHeaderValues, drama: Drama): boolean {
  return header.title.trim() !== '' && canBePublished(previewRelease(header, drama));
}

/**
 * The drama's details (titles, platforms, first aired, episodes, genres) below the writing,
 * folded once they are all filled in: the summary shows the release line they make. A
 * refused save or "Mark final" that names one of them opens the panel.
 */
export function DramaDetailsPanel({ drama }: { drama: Drama }) {
  const header = useEditorStore((s) => s.header);
  const savedErrors = useEditorStore((s) => s.headerErrors);
  const finalError = useEditorStore((s) => s.finalError);
  const finalProblems = useEditorStore((s) => s.finalProblems);
  // What a refused "Mark final" found missing, beside each field, with the save's own messages first.
  const errors = { ...formErrorsOf(finalError ? finalProblems : [], FIELDS_BY_CORE_NAME).fields, ...savedErrors };
  const suggestions = useEditorStore((s) => s.suggestions);
  const [open, setOpen] = useState(() => !headerComplete(useEditorStore.getState().header, drama));
  const hasErrors = Object.values(errors).some(Boolean);
  const complete = headerComplete(header, drama);
  return (
    <details className="editor-details" open={open || hasErrors} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="editor-details__summary">
        <span className="editor-details__title">Drama details</span>
        <span className="editor-details__line">{complete ? formatReleaseLine(previewRelease(header, drama)) : 'Some details still to fill in'}</span>
      </summary>
      <HeaderFields header={header} errors={errors} suggestions={suggestions} onChange={useEditorStore.getState().setHeader} />
    </details>
  );
}
