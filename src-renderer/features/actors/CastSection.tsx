import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CastRole } from '@common/model';
import { hrefOf } from '../../app/routes';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { useUnsavedChanges } from '../../app/leave-guard';
import { offerUndoOfDelete } from '../../app/undo-delete';
import { ErrorNotice } from '../../shared/ui/Notices';
import { CastSuggestionList } from './CastSuggestionList';
import { useCastStore } from './cast-store';
import './actors.css';

function AddCastMemberForm({ busy, onAdd }: { busy: boolean; onAdd(actor: string, character: string, role: CastRole): Promise<boolean> }) {
  const [actor, setActor] = useState('');
  const [character, setCharacter] = useState('');
  const [role, setRole] = useState<CastRole>('support');
  const id = useId();
  useUnsavedChanges(actor.trim() !== '' || character.trim() !== '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onAdd(actor, character, role)) {
      setActor('');
      setCharacter('');
    }
  }

  return (
    <form className="cast-add" onSubmit={(event) => void submit(event)} aria-label="Add a cast member">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-actor`}>
          Actor
        </label>
        <input id={`${id}-actor`} type="text" className="input" value={actor} onChange={(e) => setActor(e.target.value)} maxLength={100} required />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-character`}>
          Character
        </label>
        <input id={`${id}-character`} type="text" className="input" value={character} onChange={(e) => setCharacter(e.target.value)} maxLength={100} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          Role
        </label>
        <select id={`${id}-role`} className="input" value={role} onChange={(e) => setRole(e.target.value as CastRole)}>
          <option value="lead">Lead</option>
          <option value="support">Support</option>
        </select>
      </div>
      <button type="submit" className="button" disabled={busy}>
        Add
      </button>
    </form>
  );
}

/**
 * The drama's cast, each actor linking to their actor screen, with ways to add
 * someone, take someone out, and add the people the review itself names.
 */
export function CastSection({ dramaId }: { dramaId: number }) {
  const { members, suggestions, loadError, actionError, busy, load, add, remove, suggest, addSuggested, closeSuggestions } = useCastStore();
  const current = useCastStore((s) => s.dramaId === dramaId);

  useEffect(() => {
    void load(dramaId);
  }, [dramaId, load]);

  const shown = current ? members : null;

  async function removeWithUndo(id: number, actor: string) {
    const token = await remove(id);
    if (!token) return;
    offerUndoOfDelete(`Removed ${actor} from the cast.`, token, ({ dramaId: restoredTo }) => {
      if (useCastStore.getState().dramaId === restoredTo) void useCastStore.getState().load(restoredTo);
    });
  }
  return (
    <section className="panel cast-section" aria-labelledby="cast-title">
      <div className="panel__heading">
        <h2 className="panel__title" id="cast-title">
          Cast
        </h2>
        <button type="button" className="button button--quiet" onClick={() => void suggest()} disabled={busy || !current}>
          Suggest from the Review
        </button>
      </div>
      {loadError && <ErrorNotice message={loadError} onRetry={() => void load(dramaId)} />}
      {shown && shown.length === 0 && <p className="muted">No cast yet.</p>}
      {shown && shown.length > 0 && (
        <ul className="cast-list">
          {shown.map((member) => (
            <li key={member.id} className="cast-list__item">
              <a href={hrefOf({ name: 'actor', actor: member.actor })}>{member.actor}</a>
              {member.character && <span className="muted"> as {member.character}</span>}
              <span className={`cast-role cast-role--${member.role}`}>{member.role === 'lead' ? 'Lead' : 'Support'}</span>
              <button
                type="button"
                className="button button--quiet button--danger-text cast-list__remove"
                aria-label={`Remove ${member.actor} from the cast`}
                onClick={() => void removeWithUndo(member.id, member.actor)}
                disabled={busy}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {current && suggestions && suggestions.length === 0 && (
        <p className="muted" role="status">
          The review names no one who is not in the cast already.
        </p>
      )}
      {current && suggestions && suggestions.length > 0 && (
        <CastSuggestionList
          suggestions={suggestions}
          busy={busy}
          skipLabel="Not now"
          onConfirm={(chosen) => void addSuggested(chosen)}
          onSkip={closeSuggestions}
        />
      )}
      <ActionError message={actionError} />
      <AddCastMemberForm busy={busy || !current} onAdd={(actor, character, role) => add({ actor, character: character || null, role })} />
    </section>
  );
}
