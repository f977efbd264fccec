import { memo } from 'react';
import type { TextBlock } from './editor-model';

interface TextBlockAreaProps {
  block: TextBlock;
  label: string;
  describedBy: string;
  placeholder?: string;
  onText(key: string, text: string): void;
  onCaret(key: string, offset: number): void;
}

/**
 * One stretch of a section's text, between pictures. A blank line starts a new
 * paragraph. The text is kept exactly as typed, so composing Hangul with an input
 * method is never interrupted; spellchecking is on (Electron's spellchecker reads `lang`).
 */
export const TextBlockArea = memo(function TextBlockArea({ block, label, describedBy, placeholder, onText, onCaret }: TextBlockAreaProps) {
  const remember = (element: HTMLTextAreaElement) => onCaret(block.key, element.selectionStart);
  return (
    <textarea
      id={`text-${block.key}`}
      className="editor-text"
      aria-label={label}
      aria-describedby={describedBy}
      value={block.text}
      placeholder={placeholder}
      spellCheck
      lang="en"
      rows={3}
      onChange={(event) => {
        onText(block.key, event.target.value);
        remember(event.target);
      }}
      onSelect={(event) => remember(event.currentTarget)}
      onFocus={(event) => remember(event.currentTarget)}
    />
  );
});
