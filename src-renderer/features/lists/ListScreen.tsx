import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/api-error';
import { navigate } from '../../app/router-store';
import { hrefOf } from '../../app/routes';
import { announce } from '../../shared/ui/announcer-store';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { LockIcon } from '../../shared/ui/LockIcon';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { ListDetailsForm } from './ListDetailsForm';
import { ListItemRow } from './ListItemRow';
import { useListsStore } from './lists-store';
import './lists.css';

/** Where focus goes back to once a moved item is drawn at its new place. */
interface FocusAfterMove {
  itemId: number;
  control: 'item' | 'up' | 'down';
}

/** One list: its dramas in the user's order, a note on each, reordered by keyboard or by drag. */
export function ListScreen({ id }: { id: number }) {
  const { list, listState, listError, busy, loadList, update, remove, removeItem, move, setNote } = useListsStore();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const focusAfterMove = useRef<FocusAfterMove | null>(null);
  const itemsRef = useRef<HTMLOListElement>(null);
  const shown = list?.id === id ? list : null;
  useDocumentTitle(shown?.name ?? 'List');

  useEffect(() => {
    void loadList(id);
  }, [id, loadList]);

  useLayoutEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted || !itemsRef.current) return;
    const row = itemsRef.current.querySelector<HTMLElement>(`[data-item="${wanted.itemId}"]`);
    const control = row?.querySelector<HTMLButtonElement>(`[data-control="${wanted.control}"]`);
    // A button that can no longer move the item (it reached the top or the bottom) gives focus to the row.
    (control && !control.disabled ? control : row)?.focus();
    focusAfterMove.current = null;
  });

  if (!shown) {
    return (
      <div className="screen">
        {listState === 'error' ? (
          <>
            <ScreenHeading>List not available</ScreenHeading>
            <ErrorNotice message={listError ?? 'The list could not be loaded.'} onRetry={() => void loadList(id)} />
            <p>
              <a href={hrefOf({ name: 'lists' })}>Back to your lists</a>
            </p>
          </>
        ) : (
          <Loading>Loading the list…</Loading>
        )}
      </div>
    );
  }

  const items = shown.items;

  async function moveItem(itemId: number, position: number, control: FocusAfterMove['control']) {
    const item = items.find((i) => i.id === itemId);
    if (!item || position < 1 || position > items.length || position === item.position) return;
    setActionError(null);
    focusAfterMove.current = { itemId, control };
    try {
      await move(itemId, position);
      announce(`${item.title} moved to position ${position} of ${items.length}.`);
    } catch (error) {
      setActionError(messageOf(error));
    }
  }

  async function removeFromList(itemId: number, title: string) {
    setActionError(null);
    try {
      await removeItem(itemId);
      announce(`${title} removed from the list.`);
    } catch (error) {
      setActionError(messageOf(error));
    }
  }

  async function confirmDelete() {
    try {
      await remove(id);
      setConfirmingDelete(false);
      navigate({ name: 'lists' }, { replace: true });
    } catch (error) {
      setActionError(messageOf(error));
    }
  }

  return (
    <div className="screen list-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>{shown.name}</ScreenHeading>
          <p className="screen__subtitle">
            {items.length} {items.length === 1 ? 'drama' : 'dramas'} ·{' '}
            {shown.public ? (
              'public, published with the site'
            ) : (
              <>
                <LockIcon /> private
              </>
            )}
          </p>
          {shown.description && <p className="list-screen__description">{shown.description}</p>}
        </div>
        <div className="screen__actions">
          <a className="button" href={hrefOf({ name: 'lists' })}>
            All lists
          </a>
          <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing((open) => !open)}>
            Edit details
          </button>
          <button type="button" className="button button--danger-outline" onClick={() => setConfirmingDelete(true)}>
            Delete list
          </button>
        </div>
      </header>

      {editing && (
        <section className="panel" aria-labelledby="list-details-title">
          <h2 className="panel__title" id="list-details-title">
            Details
          </h2>
          <ListDetailsForm
            initial={{ name: shown.name, description: shown.description, public: shown.public }}
            submitLabel="Save details"
            busy={busy}
            onSubmit={async (details) => {
              await update({ id, ...details });
              setEditing(false);
              announce('List details saved.');
            }}
          />
        </section>
      )}

      <ActionError message={actionError} />
      {items.length === 0 ? (
        <p className="muted">No dramas in this list yet. Open a drama and choose Add to list.</p>
      ) : (
        <>
          <p className="field__hint" id="list-reorder-hint">
            Reorder with Move up and Move down, with Alt+↑ and Alt+↓ on a focused drama, or by dragging it.
          </p>
          <ol className="list-items" aria-label={`Dramas in ${shown.name}`} ref={itemsRef}>
            {items.map((item) => (
              <ListItemRow
                key={item.id}
                item={item}
                count={items.length}
                busy={busy}
                dragging={dragged === item.id}
                onMove={(position, from) => void moveItem(item.id, position, from)}
                onRemove={() => void removeFromList(item.id, item.title)}
                onSaveNote={async (note) => {
                  await setNote(item.id, note);
                  announce(`Note on ${item.title} saved.`);
                }}
                onDragStart={() => setDragged(item.id)}
                onDragEnd={() => setDragged(null)}
                onDropHere={() => {
                  if (dragged !== null) void moveItem(dragged, item.position, 'item');
                  setDragged(null);
                }}
              />
            ))}
          </ol>
        </>
      )}

      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete ${shown.name}?`}
        confirmLabel="Delete list"
        busy={busy}
        error={actionError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>This removes the list and the notes on its items. The dramas themselves stay in your journal.</p>
      </ConfirmDialog>
    </div>
  );
}
