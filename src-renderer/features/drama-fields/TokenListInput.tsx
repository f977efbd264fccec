import type { KeyboardEvent } from 'react';
import type { ControlProps } from '../../shared/forms/Field';
import { tokensIn } from './tokens';
import './token-list.css';

interface TokenListInputProps {
  control: ControlProps;
  /** What one token is called, e.g. "platform": used in button names like "Remove Hulu". */
  tokenLabel: string;
  listLabel: string;
  tokens: string[];
  draft: string;
  suggestions: string[];
  onTokensChange(tokens: string[]): void;
  onDraftChange(draft: string): void;
}

/**
 * An ordered list of names typed one at a time. Enter or a comma adds what was typed;
 * each token can be moved earlier or removed. Text still in the box counts when the
 * form is saved. Composition (IME) is never interrupted: keys pressed while composing
 * are left alone and the text is not reformatted as it is typed.
 */
export function TokenListInput({
  control,
  tokenLabel,
  listLabel,
  tokens,
  draft,
  suggestions,
  onTokensChange,
  onDraftChange,
}: TokenListInputProps) {
  const listId = `${control.id}-suggestions`;
  const unused = suggestions.filter((s) => !tokens.some((t) => t.toLowerCase() === s.toLowerCase()));

  function commitDraft(): boolean {
    const typed = tokensIn(draft);
    if (typed.length === 0) return false;
    onTokensChange([...tokens, ...typed]);
    onDraftChange('');
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if ((event.key === 'Enter' || event.key === ',') && draft.trim() !== '') {
      event.preventDefault();
      commitDraft();
    } else if (event.key === 'Backspace' && draft === '' && tokens.length > 0) {
      event.preventDefault();
      onDraftChange(tokens[tokens.length - 1]!);
      onTokensChange(tokens.slice(0, -1));
    }
  }

  function moveEarlier(index: number) {
    if (index === 0) return;
    const next = [...tokens];
    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
    onTokensChange(next);
  }

  return (
    <div className="tokens">
      {tokens.length > 0 && (
        <ol className="tokens__list" aria-label={listLabel}>
          {tokens.map((token, index) => (
            <li className="token" key={`${index}:${token}`}>
              <span className="token__text">{token}</span>
              {index > 0 && (
                <button
                  type="button"
                  className="token__button"
                  aria-label={`Move ${token} earlier`}
                  title="Move earlier"
                  onClick={() => moveEarlier(index)}
                >
                  <span aria-hidden="true">←</span>
                </button>
              )}
              <button
                type="button"
                className="token__button"
                aria-label={`Remove ${token}`}
                title={`Remove this ${tokenLabel}`}
                onClick={() => onTokensChange(tokens.filter((_, i) => i !== index))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <input
        {...control}
        className="tokens__input"
        type="text"
        list={listId}
        value={draft}
        autoComplete="off"
        onChange={(e) => onDraftChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <datalist id={listId}>
        {unused.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
