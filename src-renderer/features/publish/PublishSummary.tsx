import type { PublishResult } from '@common/model';
import { SiteNotes } from '../../shared/ui/TaskProgress';

const count = (n: number) => n.toLocaleString('en');

/** One line per target: "Published to host: 3 uploaded, 1 deleted, 9,996 unchanged", or what a preview would do. */
export function summaryLine(result: PublishResult): string {
  const [uploaded, deleted, unchanged] = [result.uploaded.length, result.deleted.length, result.unchanged.length];
  return result.dryRun
    ? `${result.target}: ${count(uploaded)} to upload, ${count(deleted)} to delete, ${count(unchanged)} unchanged`
    : `Published to ${result.target}: ${count(uploaded)} uploaded, ${count(deleted)} deleted, ${count(unchanged)} unchanged`;
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

/** What each target got (or, previewed, would get), then the site's notes (what it left out and why): the same for every target, said once. */
export function PublishSummary({ results }: { results: readonly PublishResult[] }) {
  const notes = results[0]?.notes ?? [];
  return (
    <div className="publish-summary">
      {results.map((result) => (
        <div key={result.target} className="publish-summary__target">
          <p className="publish-summary__line">{summaryLine(result)}.</p>
          {result.dryRun && (
            <>
              {!result.uploaded.length && !result.deleted.length && <p>Nothing to send: {result.target} is up to date.</p>}
              <Paths label="To upload" paths={result.uploaded} />
              <Paths label="To delete" paths={result.deleted} />
            </>
          )}
        </div>
      ))}
      <SiteNotes notes={notes} />
    </div>
  );
}
