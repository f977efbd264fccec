import { memo, useEffect } from 'react';
import type { PictureBlock } from './editor-model';
import { LOADING_PICTURE, usePictureUrlsStore } from './picture-urls-store';

interface PictureCardProps {
  block: PictureBlock;
  /** The picture's number in the review, counted from the top. */
  number: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Show a missing alt text as an error (the user tried to mark the review final). */
  altRequired: boolean;
  onAlt(key: string, alt: string): void;
  onMove(key: string, direction: -1 | 1): void;
  onRemove(key: string): void;
}

/** A picture between paragraphs: its alt text, and buttons to move it a paragraph up or down or remove it. */
export const PictureCard = memo(function PictureCard({
  block,
  number,
  canMoveUp,
  canMoveDown,
  altRequired,
  onAlt,
  onMove,
  onRemove,
}: PictureCardProps) {
  const url = usePictureUrlsStore((s) => s.urls[block.file]);
  const missing = usePictureUrlsStore((s) => s.missing[block.file]);
  const request = usePictureUrlsStore((s) => s.request);
  useEffect(() => request(block.file), [block.file, request]);
  const altId = `alt-${block.key}`;
  const hintId = `${altId}-hint`;
  const invalid = altRequired && block.alt.trim() === '';

  return (
    <div className={`picture-card${invalid ? ' picture-card--invalid' : ''}`} role="group" aria-label={`Picture ${number}`}>
      {/* Decorative here: the alt text field beside it says what it shows. */}
      <img className="picture-card__image" src={url ?? LOADING_PICTURE} alt="" />
      <div className="picture-card__body">
        <label className="field__label" htmlFor={altId}>
          Alt text for picture {number}
        </label>
        <input
          id={altId}
          type="text"
          value={block.alt}
          spellCheck
          lang="en"
          aria-invalid={invalid || undefined}
          aria-describedby={hintId}
          onChange={(event) => onAlt(block.key, event.target.value)}
        />
        <p className={invalid ? 'field__error' : 'field__hint'} id={hintId}>
          {missing
            ? `This picture’s file is missing from the journal’s media folder.`
            : invalid
              ? 'Describe what the picture shows: a final review needs it.'
              : 'Describe what the picture shows, for readers who cannot see it.'}
        </p>
        <div className="picture-card__actions">
          <button
            type="button"
            id={`move-up-${block.key}`}
            className="button button--quiet"
            disabled={!canMoveUp}
            aria-label={`Move picture ${number} up`}
            onClick={() => onMove(block.key, -1)}
          >
            <span aria-hidden="true">↑</span> Up
          </button>
          <button
            type="button"
            id={`move-down-${block.key}`}
            className="button button--quiet"
            disabled={!canMoveDown}
            aria-label={`Move picture ${number} down`}
            onClick={() => onMove(block.key, 1)}
          >
            <span aria-hidden="true">↓</span> Down
          </button>
          <button
            type="button"
            className="button button--quiet button--danger-text"
            aria-label={`Remove picture ${number}`}
            onClick={() => onRemove(block.key)}
          >
            Remove
          </button>
        </div>
      </div>
    </div>
  );
});
