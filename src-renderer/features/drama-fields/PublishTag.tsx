import type { DramaRelease } from '@common/model';
import { FIELDS_NEEDED_TO_PUBLISH } from '@common/validation/publish-rules';

/** A field's label, marked "Required" (the English title) or, quietly, "needed to publish" (what publish-rules.ts lists). */
export function DramaFieldLabel({ field, text }: { field: keyof DramaRelease; text: string }) {
  if (field === 'title') {
    return (
      <>
        {text} <span className="field__required">Required</span>
      </>
    );
  }
  if (!FIELDS_NEEDED_TO_PUBLISH.includes(field)) return <>{text}</>;
  return (
    <>
      {text} <span className="field__tag">needed to publish</span>
    </>
  );
}
