import { useEffect } from 'react';
import { navigate } from '../../app/router-store';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { DramaForm } from './DramaForm';
import { useDramaFormStore } from './drama-form-store';
import { checkedCreateInput, checkedUpdateInput, EMPTY_FORM, formValuesOf } from './form-values';
import './drama-form.css';

/** Add a drama (no id) or edit one (with its id). */
export function DramaFormScreen({ id }: { id?: number }) {
  const { editing, loadState, loadError, suggestions, saving, startNew, loadForEdit, loadSuggestions, create, update } =
    useDramaFormStore();
  const isEdit = id !== undefined;
  useDocumentTitle(isEdit ? (editing ? `Edit ${editing.title}` : 'Edit drama') : 'Add drama');

  useEffect(() => {
    if (id === undefined) startNew();
    else void loadForEdit(id);
    void loadSuggestions();
  }, [id, startNew, loadForEdit, loadSuggestions]);

  if (isEdit && (loadState === 'loading' || loadState === 'idle' || (loadState === 'ready' && editing?.id !== id))) {
    return (
      <div className="screen">
        <ScreenHeading focusOnMount={false}>Edit drama</ScreenHeading>
        <Loading>Loading the drama…</Loading>
      </div>
    );
  }
  if (isEdit && loadState === 'error') {
    return (
      <div className="screen">
        <ScreenHeading>Edit drama</ScreenHeading>
        <ErrorNotice message={loadError ?? 'The drama could not be loaded.'} onRetry={() => void loadForEdit(id)} />
      </div>
    );
  }

  const drama = isEdit ? editing : null;
  return (
    <div className="screen drama-form-screen">
      <header className="screen__header">
        <div>
          {/* The first field takes focus instead, so the user can start typing at once. */}
          <ScreenHeading focusOnMount={false}>{drama ? 'Edit drama' : 'Add drama'}</ScreenHeading>
          {drama && (
            <p className="screen__subtitle">
              {drama.title}
              {drama.nativeTitle && (
                <>
                  {' · '}
                  <span lang="ko">{drama.nativeTitle}</span>
                </>
              )}
            </p>
          )}
        </div>
      </header>
      <DramaForm
        key={drama ? `edit-${drama.id}` : 'new'}
        initial={drama ? formValuesOf(drama) : EMPTY_FORM}
        suggestions={suggestions}
        saving={saving}
        submitLabel="Save"
        onSave={async (values) => {
          const input = drama ? checkedUpdateInput(drama, values) : checkedCreateInput(values);
          if (!input.ok) return input.problems;
          const saved = 'id' in input.value ? await update(input.value) : await create(input.value);
          navigate({ name: 'drama', id: saved.id }, { replace: true, force: true });
        }}
        onCancel={() => navigate(drama ? { name: 'drama', id: drama.id } : { name: 'library' })}
      />
    </div>
  );
}
