import { Fragment } from 'react';
import type { ReviewContent } from '@common/model';
import { diffReview, type DiffSpan } from '@common/review-diff';
import { sectionName } from './describe-changes';

interface ReviewDiffViewProps {
  /** The version chosen in the list. */
  before: ReviewContent;
  /** The review as it is now. */
  after: ReviewContent;
}

function Span({ span }: { span: DiffSpan }) {
  // <ins> and <del> carry the meaning; the hidden words say it to screen readers, which mostly ignore those elements.
  if (span.kind === 'added')
    return (
      <ins>
        <span className="visually-hidden">[added: </span>
        {span.text}
        <span className="visually-hidden">]</span>
      </ins>
    );
  if (span.kind === 'removed')
    return (
      <del>
        <span className="visually-hidden">[removed: </span>
        {span.text}
        <span className="visually-hidden">]</span>
      </del>
    );
  return <>{span.text}</>;
}

/**
 * The current text with what changed since the chosen version marked: text the
 * chosen version had and the current one lacks struck through (<del>), text added
 * since underlined (<ins>). Sections with no change are shown plain.
 */
export function ReviewDiffView({ before, after }: ReviewDiffViewProps) {
  const diff = diffReview(before, after);
  return (
    <div className="review-diff">
      <p className="review-diff__grade">
        {diff.grade ? (
          <>
            Grade <del>{diff.grade.from ?? 'none'}</del> → <ins>{diff.grade.to ?? 'none'}</ins>
          </>
        ) : (
          `Grade ${after.grade ?? 'none'} (unchanged)`
        )}
      </p>
      {diff.sections.map((section) =>
        section.paragraphs.length ? (
          <section key={section.name} aria-label={sectionName(section.name)}>
            <h3>
              {sectionName(section.name)}
              {section.changed ? <span className="review-diff__badge">changed</span> : null}
            </h3>
            {section.paragraphs.map((paragraph, i) => (
              <p key={i}>
                {paragraph.map((span, j) => (
                  <Fragment key={j}>
                    {j > 0 ? ' ' : ''}
                    <Span span={span} />
                  </Fragment>
                ))}
              </p>
            ))}
          </section>
        ) : null,
      )}
    </div>
  );
}
