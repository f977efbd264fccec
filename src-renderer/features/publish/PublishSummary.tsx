import type { PublishResult } from '@common/model';
import { publishCounts } from '@common/publish-summary';
import { SiteNotes } from '../../shared/ui/TaskProgress';

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
