import { useEffect, useId, useState } from 'react';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { hrefOf } from '../../app/routes';
import { announce } from '../../shared/ui/announcer-store';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { useListsStore } from './lists-store';
import './lists.css';

/** On a drama's screen: the lists that hold it, and a way to add it to another. */
export function AddToList({ dramaId, title }: { dramaId: number; title: string }) {
  const { lists, busy, loadLists, addDrama } = useListsStore();
  const [holding, setHolding] = useState<number[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    void loadLists();
  }, [loadLists]);

  useEffect(() => {
    let current = true;
    api('lists.holding', { dramaId })
      .then((ids) => current && setHolding(ids))
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
  }, [dramaId]);

  const inLists = lists?.filter((l) => holding?.includes(l.id)) ?? [];
  const others = lists?.filter((l) => holding && !holding.includes(l.id)) ?? [];
  const target = others.find((l) => String(l.id) === chosen) ?? others[0];

  async function add() {
    if (!target) return;
    setError(null);
    try {
      await addDrama(target.id, dramaId);
      setHolding((ids) => [...(ids ?? []), target.id]);
      setChosen('');
      announce(`${title} added to ${target.name}.`);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <section className="panel add-to-list" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        Lists
      </h2>
      {inLists.length > 0 ? (
        <p>
          In{' '}
          {inLists.map((list, index) => (
            <span key={list.id}>
              {index > 0 && ', '}
              <a href={hrefOf({ name: 'list', id: list.id })}>{list.name}</a>
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="muted">Not in any of your lists.</p>
      )}
      {lists && lists.length === 0 && (
        <p className="muted">
          You have no lists yet. <a href={hrefOf({ name: 'lists' })}>Make a list</a>.
        </p>
      )}
      {others.length > 0 && target && (
        <div className="add-to-list__row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-list`}>
              List
            </label>
            <select id={`${id}-list`} value={String(target.id)} onChange={(event) => setChosen(event.target.value)}>
              {others.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={busy} onClick={() => void add()}>
            Add to list
          </button>
        </div>
      )}
      <ActionError message={error} />
    </section>
  );
}
