import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { ListItem } from '@common/types/lists';
import { messageOf } from '../../api/api-error';
import { hrefOf } from '../../app/routes';
import { ActionError } from '../../shared/ui/ErrorAlerts';

interface Props {
  item: ListItem;
  count: number;
  busy: boolean;
  dragging: boolean;
  /** Moves this item to a place (1 = first); `from` names the control to keep focus on. */
  onMove(position: number, from: 'item' | 'up' | 'down'): void;
  onRemove(): void;
  onSaveNote(note: string): Promise<void>;
  onDragStart(): void;
  onDragEnd(): void;
  /** Another item was dropped on this one: it takes this one's place. */
  onDropHere(): void;
}

/**
 * One drama in a list. The row itself can be focused and moved with Alt+↑/↓;
 * the Move up and Move down buttons do the same, and a pointer can drag it.
 */
export function ListItemRow({ item, count, busy, dragging, onMove, onRemove, onSaveNote, onDragStart, onDragEnd, onDropHere }: Props) {
  const [note, setNote] = useState(item.note);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const noteId = `list-item-${item.id}-note`;
  const changed = note.trim() !== item.note;

  function keyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' && item.position > 1) onMove(item.position - 1, 'item');
    else if (event.key === 'ArrowDown' && item.position < count) onMove(item.position + 1, 'item');
    else if (event.key === 'Home' && item.position > 1) onMove(1, 'item');
    else if (event.key === 'End' && item.position < count) onMove(count, 'item');
    else return;
    event.preventDefault();
  }

  async function saveNote() {
    setNoteError(null);
    try {
      await onSaveNote(note);
    } catch (error) {
      setNoteError(messageOf(error));
    }
  }

  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setOver(false);
      onDropHere();
    },
  };

  return (
    <li
      className={`list-item${dragging ? ' list-item--dragging' : ''}${over ? ' list-item--over' : ''}`}
      data-item={item.id}
      tabIndex={0}
      aria-label={`${item.position}. ${item.title}`}
      aria-describedby="list-reorder-hint"
      draggable
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', item.title);
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      onKeyDown={keyDown}
      {...dropTarget}
    >
      <span className="list-item__position" aria-hidden="true">
        {item.position}
      </span>
      <div className="list-item__body">
        <a className="list-item__title" href={hrefOf({ name: 'drama', id: item.dramaId })}>
          {item.title}
        </a>{' '}
        <span className="list-item__native" lang="ko">
          {item.nativeTitle}
        </span>
        <div className="list-item__note">
          <label className="field__label" htmlFor={noteId}>
            Note on {item.title}
          </label>
          <div className="list-item__note-row">
            <input
              id={noteId}
              type="text"
              value={note}
              maxLength={2000}
              aria-invalid={noteError ? true : undefined}
              onChange={(event) => setNote(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && changed) void saveNote();
              }}
            />
            <button type="button" className="button" disabled={busy || !changed} onClick={() => void saveNote()}>
              Save note
            </button>
          </div>
          <ActionError message={noteError} />
        </div>
      </div>
      <div className="list-item__actions">
        <button
          type="button"
          className="button button--quiet"
          data-control="up"
          disabled={busy || item.position === 1}
          aria-label={`Move ${item.title} up`}
          onClick={() => onMove(item.position - 1, 'up')}
        >
          <span aria-hidden="true">↑</span> Up
        </button>
        <button
          type="button"
          className="button button--quiet"
          data-control="down"
          disabled={busy || item.position === count}
          aria-label={`Move ${item.title} down`}
          onClick={() => onMove(item.position + 1, 'down')}
        >
          <span aria-hidden="true">↓</span> Down
        </button>
        <button type="button" className="button button--danger-text" disabled={busy} aria-label={`Remove ${item.title} from the list`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}
