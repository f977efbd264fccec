import { useEffect, useRef, type KeyboardEvent } from 'react';
import { WATCH_STATUS_LABELS, type SearchField, type SearchResult } from '@common/model';
import { formatMonthYear } from '@common/house-format/format';
import { useCommand } from '../../app/commands';
import { navigate } from '../../app/router-store';
import { ErrorNotice } from '../../shared/ui/Notices';
import { GradeBadge } from '../../shared/ui/GradeBadge';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { Highlighted } from './Highlighted';
import { MAX_QUERY, useSearchStore } from './search-store';
import type { CoverPicture } from '@common/types/covers';
import { CoverThumb } from '../covers/CoverThumb';
import { useCoverThumbs } from '../covers/cover-thumbs-store';
import './search.css';

const FIELD_LABELS: Record<SearchField, string> = {
  title: 'Title',
  nativeTitle: 'Korean title',
  review: 'Review',
  notes: 'Private notes',
  cast: 'Cast',
};

/** The same fields inside "Found in …": Korean keeps its capital. */
const IN_A_SENTENCE: Record<SearchField, string> = {
  title: 'title',
  nativeTitle: 'Korean title',
  review: 'review',
  notes: 'private notes',
  cast: 'cast',
};

const optionId = (result: SearchResult) => `search-result-${result.dramaId}`;
const open = (result: SearchResult) => navigate({ name: 'drama', id: result.dramaId });

function ResultCount({ count, text }: { count: number; text: string }) {
  if (!text.trim()) return <>Search titles in English or Korean, review text, private notes and cast.</>;
  if (count === 0) return <>No matches for “{text.trim()}”.</>;
  return (
    <>
      {count} {count === 1 ? 'match' : 'matches'} for “{text.trim()}”, best first.
    </>
  );
}

function ResultOption({ result, active, cover, onHover }: { result: SearchResult; active: boolean; cover: CoverPicture | null | undefined; onHover(): void }) {
  return (
    <li
      id={optionId(result)}
      role="option"
      aria-selected={active}
      className={`search-result${active ? ' search-result--active' : ''}`}
      onClick={() => open(result)}
      onMouseMove={active ? undefined : onHover}
    >
      <CoverThumb picture={cover} title={result.title} />
      <div className="search-result__titles">
        <span className="search-result__title">
          <Highlighted segments={result.titleSegments} />
        </span>
        <span className="search-result__native" lang="ko">
          <Highlighted segments={result.nativeTitleSegments} />
        </span>
      </div>
      <div className="search-result__meta">
        <GradeBadge grade={result.grade} />
        <span>{formatMonthYear(result.aired)}</span>
        <span>{WATCH_STATUS_LABELS[result.status]}</span>
        <span className="search-result__fields">Found in {result.matchedIn.map((field) => IN_A_SENTENCE[field]).join(', ')}</span>
      </div>
      {result.snippet && (
        <p className="search-result__snippet">
          <span className="search-result__field">{FIELD_LABELS[result.snippet.field]}: </span>
          <Highlighted segments={result.snippet.segments} />
        </p>
      )}
    </li>
  );
}

/**
 * Search as you type: every keystroke asks the core, and the newest answer
 * replaces the list. The box is a combobox over the results, so the arrow keys
 * choose one and Enter opens its drama without leaving the keyboard.
 */
export function SearchScreen() {
  const { text, results, answeredText, state, error, active, setText, move, setActive } = useSearchStore();
  const input = useRef<HTMLInputElement>(null);
  const thumbs = useCoverThumbs(results.map((result) => result.dramaId));
  useDocumentTitle('Search');

  const focusBox = () => {
    input.current?.focus();
    input.current?.select();
  };
  useEffect(() => {
    focusBox();
    // Coming back to the screen: ask again, the journal may have changed meanwhile.
    const { text: kept, setText: search } = useSearchStore.getState();
    if (kept.trim()) void search(kept);
  }, []);
  // Ctrl/Cmd+F here: back to the box, its text selected for a new search.
  useCommand('find', focusBox);

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(results[active]!))?.scrollIntoView({ block: 'nearest' });
  }, [active, results]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return; // Korean input methods use these keys while composing
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const chosen = results[active];
      if (chosen) {
        event.preventDefault();
        open(chosen);
      }
    }
  }

  const shown = results.length > 0;
  return (
    <div className="screen search-screen">
      <header className="screen__header">
        <ScreenHeading focusOnMount={false}>Search</ScreenHeading>
      </header>
      <div className="search-box">
        <label htmlFor="search-input" className="visually-hidden">
          Search your journal
        </label>
        <input
          id="search-input"
          ref={input}
          className="input search-box__input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls="search-results"
          aria-activedescendant={shown && active >= 0 ? optionId(results[active]!) : undefined}
          aria-describedby="search-count"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search titles, reviews, notes and cast"
          maxLength={MAX_QUERY}
          value={text}
          onChange={(event) => void setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id="search-count" className="search-count" role="status" aria-live="polite" aria-busy={state === 'searching'}>
        {state !== 'error' && <ResultCount count={results.length} text={answeredText} />}
        {shown && <span className="search-count__keys"> Use ↑ and ↓ to choose, Enter to open.</span>}
      </p>
      {state === 'error' && error && <ErrorNotice message={error} onRetry={() => void setText(text)} />}
      <ul id="search-results" className="search-results" role="listbox" aria-label="Matches" hidden={!shown}>
        {results.map((result, index) => (
          <ResultOption key={result.dramaId} result={result} active={index === active} cover={thumbs.get(result.dramaId)} onHover={() => setActive(index)} />
        ))}
      </ul>
    </div>
  );
}
