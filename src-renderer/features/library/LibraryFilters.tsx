import { useEffect, useRef, useState, type ReactNode } from 'react';
import { AIRED_YEARS, GRADES, WATCH_STATUSES, WATCH_STATUS_LABELS, type Grade, type WatchStatus } from '@common/model';
import { useCommand } from '../../app/commands';
import { shortcutLabel } from '../../app/shortcuts';
import { filtersActive, useLibraryStore } from './library-store';

/** How long typing in the filter box pauses before the library asks the journal again. */
const TYPING_PAUSE_MS = 150;

/**
 * Type to filter by title (English or Korean), and narrow by status, grade, genre,
 * platform and year. Ctrl/Cmd+F (or Find in the menu) puts the cursor in the box.
 */
export function LibraryFilters() {
  const filters = useLibraryStore((s) => s.filters);
  const choices = useLibraryStore((s) => s.choices);
  const focusFilter = useLibraryStore((s) => s.focusFilter);
  const { setFilters, clearFilters, filterFocused } = useLibraryStore.getState();
  const box = useRef<HTMLInputElement>(null);
  // The box shows exactly what is typed; the journal is asked once typing pauses.
  const [text, setText] = useState(filters.text);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => setText(filters.text), [filters.text]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const focusBox = () => {
    box.current?.focus();
    box.current?.select();
  };
  useCommand('find', focusBox);
  useEffect(() => {
    if (!focusFilter) return;
    focusBox();
    filterFocused();
  }, [focusFilter, filterFocused]);

  function onText(value: string) {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void setFilters({ text: value }), TYPING_PAUSE_MS);
  }

  const active = filtersActive(filters) || text.trim() !== '';
  return (
    <div className="library-filters" role="search" aria-label="Filter the library">
      <div className="library-filters__search">
        <label className="visually-hidden" htmlFor="library-filter">
          Filter by title
        </label>
        <input
          id="library-filter"
          ref={box}
          type="search"
          value={text}
          placeholder="English or Korean title"
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts={shortcutLabel('f').replace('⌘', 'Meta+')}
          onChange={(event) => onText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text !== '' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              onText('');
            }
          }}
        />
        <kbd className="library-filters__kbd" aria-hidden="true">
          {shortcutLabel('f')}
        </kbd>
      </div>
      <div className="library-filters__menus">
        <FilterSelect id="filter-status" label="Status" value={filters.status} onChange={(status) => void setFilters({ status: status as WatchStatus | '' })}>
          {WATCH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {WATCH_STATUS_LABELS[status]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-grade" label="Grade" value={filters.grade} onChange={(grade) => void setFilters({ grade: grade as Grade | '' })}>
          {GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {grade}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-genre" label="Genre" value={filters.genre} onChange={(genre) => void setFilters({ genre })}>
          {choices.genres.map((genre) => (
            <option key={genre} value={genre}>
              {genre}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-platform" label="Platform" value={filters.platform} onChange={(platform) => void setFilters({ platform })}>
          {choices.platforms.map((platform) => (
            <option key={platform} value={platform}>
              {platform}
            </option>
          ))}
        </FilterSelect>
        <div className="library-filters__field">
          <label htmlFor="filter-year">Aired in</label>
          <input
            id="filter-year"
            className="input--year"
            type="number"
            inputMode="numeric"
            min={AIRED_YEARS.min}
            max={AIRED_YEARS.max}
            placeholder="Any year"
            value={filters.year}
            onChange={(event) => void setFilters({ year: event.target.value })}
          />
        </div>
        {active && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              clearTimeout(timer.current);
              setText('');
              void clearFilters();
            }}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  return (
    <div className="library-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {children}
      </select>
    </div>
  );
}
