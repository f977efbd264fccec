import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../../shared/ui/ModalDialog';
import { isMac } from '../../app/shortcuts';
import { acceleratorLabel, matchesAccelerator, paletteItems, type PaletteItem } from './palette-items';
import './command-palette.css';

const OPEN_KEY = 'k';

/**
 * The app menu for a browser tab, which has no menu bar: a button in the header
 * and Ctrl/Cmd+K open a list of every menu command to filter and run. The menu's
 * shortcuts work here too, where the browser leaves them to the page (it keeps
 * Ctrl+N and Ctrl+1…4 for its own windows and tabs).
 */
export function CommandPalette() {
  const items = useMemo(paletteItems, []);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listId = useId();

  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return items.filter((item) => words.every((word) => `${item.group} ${item.label}`.toLowerCase().includes(word)));
  }, [items, query]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const mod = isMac() ? event.metaKey : event.ctrlKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === OPEN_KEY) {
        event.preventDefault();
        setOpen(true);
        return;
      }
      const item = items.find((i) => i.accelerator && matchesAccelerator(event, i.accelerator));
      if (!item) return;
      event.preventDefault();
      item.run();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [items]);

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
  };
  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    close();
    item.run();
  };

  return (
    <>
      <button
        type="button"
        className="button command-palette__open"
        onClick={() => setOpen(true)}
        title={`All commands (${isMac() ? '⌘K' : 'Ctrl+K'})`}
        aria-haspopup="dialog"
      >
        <span aria-hidden="true">⌘</span> <span className="phone-hidden-label">Commands</span>
      </button>
      <ModalDialog open={open} className="dialog command-palette" labelledBy={titleId} initialFocus={input} onEscape={close}>
        <h2 id={titleId} className="visually-hidden">
          Commands
        </h2>
        <input
          ref={input}
          type="text"
          className="command-palette__filter"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-label="Find a command"
          aria-activedescendant={shown[active] ? `${listId}-${shown[active].id}` : undefined}
          placeholder="Find a command"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current) => (shown.length ? (current + step + shown.length) % shown.length : 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              run(shown[active]);
            }
          }}
        />
        <ul id={listId} role="listbox" aria-label="Commands" className="command-palette__list">
          {shown.map((item, index) => (
            <li
              key={item.id}
              id={`${listId}-${item.id}`}
              role="option"
              aria-selected={index === active}
              className="command-palette__item"
              onMouseMove={() => setActive(index)}
              onClick={() => run(item)}
            >
              <span>
                <span className="command-palette__group">{item.group}</span> {item.label}
              </span>
              {item.accelerator && <kbd className="kbd">{acceleratorLabel(item.accelerator)}</kbd>}
            </li>
          ))}
          {shown.length === 0 && <li className="command-palette__empty">No command matches “{query}”.</li>}
        </ul>
      </ModalDialog>
    </>
  );
}
