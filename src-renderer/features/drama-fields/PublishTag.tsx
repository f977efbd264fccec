import type { DramaRelease } from '@common/model';
import { FIELDS_NEEDED_TO_PUBLISH } from '@common/validation/publish-rules';

/**
 * The mark beside a drama field's label: "Required" (the English title) or, quietly, "needed to
 * publish" (what publish-rules.ts lists); nothing for other fields. The marks are for the eye:
 * the title's input says it is required (aria-required), and the form's note says the rest in words.
 */
export function DramaFieldMark({ field }: { field: keyof DramaRelease }) {
  if (field === 'title') {
    return (
      <span className="field__required" aria-hidden="true">
        Required
      </span>
    );
  }
  if (!FIELDS_NEEDED_TO_PUBLISH.includes(field)) return null;
  return (
    <span className="field__tag" aria-hidden="true">
      needed to publish
    </span>
  );
}
