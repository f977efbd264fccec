import { useEffect, useState } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { AddTargetForm } from './AddTargetForm';
import { usePublishStore } from './publish-store';
import { TargetItem } from './TargetItem';
import './publish.css';

/** Settings › Publishing: where the site is published, each target's state, and Add a target. */
export function PublishingSection() {
  const targets = usePublishStore((s) => s.targets);
  const loadError = usePublishStore((s) => s.loadError);
  const load = usePublishStore((s) => s.load);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="form-section publishing" aria-labelledby="publishing-title" id="publishing">
      <h2 className="form-section__title" id="publishing-title">
        Publishing
      </h2>
      <p className="publishing__intro">
        Where <strong>Publish</strong> sends your site: a folder, an SFTP or FTPS server, or a branch of a git repository. Only what changed is sent.
      </p>
      {loadError && <ErrorNotice message={loadError} onRetry={() => void load()} />}
      {!targets && !loadError && <Loading>Loading publish targets…</Loading>}
      {targets && targets.length === 0 && !adding && <p className="publishing__empty">No targets yet.</p>}
      {targets && targets.length > 0 && (
        <ul className="stack-list publishing__targets" aria-label="Publish targets">
          {targets.map((target) => (
            <TargetItem key={target.name} target={target} />
          ))}
        </ul>
      )}
      {added && !adding && (
        <p role="status" className="publishing__added">
          Added {added}. Publish from File › Publish or the Import and export screen.
        </p>
      )}
      {adding ? (
        <AddTargetForm
          onAdded={(name) => {
            setAdding(false);
            setAdded(name);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div className="form-actions form-actions--start">
          <button
            type="button"
            className="button"
            onClick={() => {
              setAdding(true);
              setAdded(null);
            }}
          >
            Add a target…
          </button>
        </div>
      )}
    </section>
  );
}
