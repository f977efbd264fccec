import { useCallback, useRef } from 'react';
import { messageOf } from '../../api/api-error';
import { REVIEW_SECTIONS, type ReviewSection } from '@common/model';
import { announce } from '../../shared/ui/announcer-store';
import { paragraphsBefore, SECTION_LABELS, type Caret } from './editor-model';
import { useEditorStore } from './editor-store';
import { PictureCard } from './PictureCard';
import { TextBlockArea } from './TextBlockArea';

const NAMES: Record<ReviewSection, string> = { intro: 'Intro', story: 'The Story', closing: 'Closing' };
const PLACEHOLDERS: Record<ReviewSection, string> = {
  intro: 'Your first impressions: the drama, the cast, why you watched it.',
  story: 'What happens. Characters as Character Name (Actor Name, Other Drama).',
  closing: 'Your closing thoughts.',
};
const HINTS: Record<ReviewSection, string> = {
  intro: 'Comes before “The Story:”. A blank line starts a new paragraph.',
  story: 'A blank line starts a new paragraph.',
  closing: 'Your own words to end the review, after the story. A blank line starts a new paragraph.',
};

/** Moves focus once React has drawn the change. */
function focusSoon(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id) as HTMLButtonElement | null;
      if (element && !element.disabled) {
        element.focus();
        return;
      }
    }
  });
}

/** One section of the review: its text between pictures, and a button to add a picture. */
export function SectionEditor({ name }: { name: ReviewSection }) {
  const blocks = useEditorStore((s) => s.review.sections[name]);
  const firstNumber = useEditorStore((s) => {
    let count = 0;
    for (const other of REVIEW_SECTIONS.slice(0, REVIEW_SECTIONS.indexOf(name))) count += s.review.sections[other].filter((b) => b.kind === 'picture').length;
    return count + 1;
  });
  const altRequired = useEditorStore((s) => s.review.state === 'final' || s.finalError !== null);
  const { setText, setPictureAlt, addPicture, movePicture, removePicture } = useEditorStore.getState();
  const caret = useRef<Caret | null>(null);
  const adding = useRef(false);
  const hintId = `section-${name}-hint`;

  const onText = useCallback((key: string, text: string) => setText(name, key, text), [name, setText]);
  const onCaret = useCallback(
    (key: string, offset: number) => {
      caret.current = { section: name, blockKey: key, offset };
    },
    [name],
  );
  /** Where the caret is now: a textarea keeps its selection after focus moves on (to the Add picture button). */
  const currentCaret = (): Caret | null => {
    if (!caret.current) return null;
    const area = document.getElementById(`text-${caret.current.blockKey}`) as HTMLTextAreaElement | null;
    return area ? { ...caret.current, offset: area.selectionEnd } : caret.current;
  };
  const onMove = useCallback(
    (key: string, direction: -1 | 1) => {
      movePicture(key, direction);
      focusSoon(`move-${direction === -1 ? 'up' : 'down'}-${key}`, `move-${direction === -1 ? 'down' : 'up'}-${key}`, `alt-${key}`);
    },
    [movePicture],
  );
  const onRemove = useCallback(
    (key: string) => {
      const index = blocks.findIndex((b) => b.key === key);
      const before = blocks[index - 1];
      removePicture(key);
      if (before) focusSoon(`text-${before.key}`);
      announce('Picture removed.');
    },
    [blocks, removePicture],
  );

  async function onAddPicture() {
    if (adding.current) return;
    adding.current = true;
    try {
      const key = await addPicture(name, currentCaret());
      if (key) focusSoon(`alt-${key}`);
    } catch (error) {
      announce(`The picture was not added: ${messageOf(error)}`);
    } finally {
      adding.current = false;
    }
  }

  const pictureKeys = blocks.filter((b) => b.kind === 'picture').map((b) => b.key);
  const paragraphCount = paragraphsBefore(blocks, '');
  let pictureIndex = 0;
  let textIndex = 0;
  return (
    <section className="editor-section" data-section={name} aria-labelledby={`section-${name}-title`}>
      <h2 className="editor-section__title" id={`section-${name}-title`}>
        {SECTION_LABELS[name]}
      </h2>
      <p className="field__hint" id={hintId}>
        {HINTS[name]}
      </p>
      {blocks.map((block) => {
        if (block.kind === 'text') {
          const label = textIndex === 0 ? NAMES[name] : `${NAMES[name]}, after picture ${firstNumber + textIndex - 1}`;
          textIndex += 1;
          return (
            <TextBlockArea
              key={block.key}
              block={block}
              label={label}
              describedBy={hintId}
              placeholder={blocks.length === 1 ? PLACEHOLDERS[name] : undefined}
              onText={onText}
              onCaret={onCaret}
            />
          );
        }
        const number = firstNumber + pictureIndex;
        pictureIndex += 1;
        const before = paragraphsBefore(blocks, block.key);
        const isFirst = before === 0 && pictureKeys[0] === block.key;
        const isLast = before === paragraphCount && pictureKeys[pictureKeys.length - 1] === block.key;
        return (
          <PictureCard
            key={block.key}
            block={block}
            number={number}
            canMoveUp={!(name === 'intro' && isFirst)}
            canMoveDown={!(name === 'closing' && isLast)}
            altRequired={altRequired}
            onAlt={setPictureAlt}
            onMove={onMove}
            onRemove={onRemove}
          />
        );
      })}
      <div className="editor-section__actions">
        <button type="button" className="button button--quiet" onClick={() => void onAddPicture()}>
          <span aria-hidden="true">＋</span> Add picture<span className="visually-hidden"> to the {NAMES[name].replace(/^The /, '').toLowerCase()}</span>
        </button>
        <span className="field__hint">It goes after the paragraph your cursor is in.</span>
      </div>
    </section>
  );
}
