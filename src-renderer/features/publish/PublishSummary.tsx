import type { PublishResult } from '@common/model';
import { publishCounts, publishStopped } from '@common/publish-summary';
import { SiteNotes } from '../../shared/ui/TaskProgress';
import { failureStep } from './failure-steps';
import { usePublishStore } from './publish-store';

const count = (n: number) => n.toLocaleString('en');

/** One line per target: "Published to host: 3 uploaded, 1 deleted, 9,996 unchanged", or what a preview would do. */
export function summaryLine(result: PublishResult): string {
  return result.dryRun ? `${result.target}: ${publishCounts(result)}` : `Published to ${result.target}: ${publishCounts(result)}`;
}

function Paths({ label, paths }: { label: string; paths: readonly string[] }) {
  if (!paths.length) return null;
  return (
    <details className="publish-summary__paths">
      <summary>
        {label} ({count(paths.length)})
      </summary>
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <code>{path}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * A target that refused while the others were published: what stopped it and, to take the next
 * step (a password, a changed server key), a publish to it alone, which then offers that step.
 */
function Stopped({ result, failure }: { result: PublishResult; failure: NonNullable<PublishResult['failure']> }) {
  const { advice } = failureStep(failure.code);
  return (
    <div className="publish-summary__target publish-summary__target--stopped">
      <p className="publish-summary__line">{publishStopped({ ...result, failure })}</p>
      {advice && <p>{advice}</p>}
      <button type="button" className="button" onClick={() => void usePublishStore.getState().run({ name: result.target, dryRun: false })}>
        Publish to {result.target} alone
      </button>
    </div>
  );
}

function Published({ result }: { result: PublishResult }) {
  return (
    <div className="publish-summary__target">
      <p className="publish-summary__line">{summaryLine(result)}.</p>
      {result.dryRun && (
        <>
          {!result.uploaded.length && !result.deleted.length && <p>Nothing to send: {result.target} is up to date.</p>}
          <Paths label="To upload" paths={result.uploaded} />
          <Paths label="To delete" paths={result.deleted} />
        </>
      )}
    </div>
  );
}

/** What each target got (or, previewed, would get) or what stopped it, then the site's notes (what it left out and why): the same for every target, said once. */
export function PublishSummary({ results }: { results: readonly PublishResult[] }) {
  const notes = results[0]?.notes ?? [];
  return (
    <div className="publish-summary">
      {results.map((result) =>
        result.failure ? <Stopped key={result.target} result={result} failure={result.failure} /> : <Published key={result.target} result={result} />,
      )}
      <SiteNotes notes={notes} />
    </div>
  );
}
