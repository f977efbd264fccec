import { useId } from 'react';
import { WATCH_STATUS_LABELS, type TrackerImportPreview, type TrackerKind } from '@common/model';
import { formatMonthYear } from '@common/house-format/format';
import { hrefOf } from '../../app/routes';
import { ActionError } from '../../shared/ui/ErrorAlerts';
import { GradeBadge } from '../../shared/ui/GradeBadge';
import { useTransferStore } from './transfer-store';

const KIND_NAMES: Record<TrackerKind, string> = {
  letterboxd: 'Letterboxd diary',
  mydramalist: 'MyDramaList list',
};

function SkippedRows({ skipped }: { skipped: TrackerImportPreview['skipped'] }) {
  if (!skipped.length) return <p className="muted">No row is skipped.</p>;
  return (
    <div className="tracker-skipped">
      <h4 className="tracker-import__subtitle">
        Skipped: {skipped.length} {skipped.length === 1 ? 'row' : 'rows'}
      </h4>
      <ul aria-label="Skipped rows">
        {skipped.map((row) => (
          <li key={row.line}>
            Line {row.line}: {row.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PreviewRows({ preview }: { preview: TrackerImportPreview }) {
  if (!preview.rows.length) return <p className="muted">No row of this file can be imported.</p>;
  return (
    <div className="tracker-import__table" tabIndex={0} role="group" aria-label="Dramas to import (scrolls)">
      <table className="data-table">
        <caption className="visually-hidden">Dramas the import would add</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Title</th>
            <th scope="col">Aired</th>
            <th scope="col">Status</th>
            <th scope="col">Rating</th>
            <th scope="col">Grade</th>
            <th scope="col">Filled in</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line}>
              <td className="data-table__number">
                {row.line}
                {row.mergedLines.length > 0 && <span className="muted"> +{row.mergedLines.join(', ')}</span>}
              </td>
              <th scope="row">{row.drama.title}</th>
              <td>{(row.drama.aired && formatMonthYear(row.drama.aired)) || '—'}</td>
              <td>
                {WATCH_STATUS_LABELS[row.drama.watch?.status ?? 'plan-to-watch']}
                {row.drama.watch?.episodesWatched !== undefined && (
                  <span className="muted">
                    {' '}
                    · {row.drama.watch.episodesWatched}
                    {row.drama.episodes != null && `/${row.drama.episodes}`}
                  </span>
                )}
              </td>
              <td>{row.rating ?? <span className="muted">—</span>}</td>
              <td>
                <GradeBadge grade={row.grade} />
              </td>
              <td className="tracker-import__assumed">{row.assumed.length ? row.assumed.join('; ') : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Import from Letterboxd or MyDramaList: choose the CSV, see what it would add,
 * what is skipped and why, and how ratings become grades; nothing is saved
 * until Import, and then every row or none.
 */
export function TrackerImport() {
  const { file, kind, preview, previewError, importing, report, importError, chooseCsv, setKind, importRows, clearTracker } = useTransferStore();
  const kindId = useId();
  return (
    <section className="panel tracker-import" aria-labelledby="tracker-title">
      <h2 className="panel__title" id="tracker-title">
        Import from a Tracker
      </h2>
      <p>
        A Letterboxd diary export (<code>Date, Name, Year, Rating, Rewatch, Tags, Watched Date</code>) or a MyDramaList list export (title,
        status, episodes seen, score out of 10). You see every drama it would add before anything is saved.
      </p>
      <div className="tracker-import__controls">
        <button type="button" className="button" onClick={() => void chooseCsv()} disabled={importing}>
          Choose CSV file…
        </button>
        <div className="inline-field">
          <label htmlFor={kindId}>Read as</label>
          <select id={kindId} className="input" value={kind} onChange={(e) => void setKind(e.target.value as TrackerKind | 'auto')} disabled={importing}>
            <option value="auto">Recognise from the header</option>
            <option value="letterboxd">{KIND_NAMES.letterboxd}</option>
            <option value="mydramalist">{KIND_NAMES.mydramalist}</option>
          </select>
        </div>
      </div>
      {previewError && (
        <p className="field__error" role="alert">
          {file ? `${file.name} cannot be imported: ` : ''}
          {previewError}
        </p>
      )}
      {preview && file && (
        <div className="tracker-import__preview">
          <h3 className="tracker-import__subtitle">
            {file.name}: {KIND_NAMES[preview.kind]}, {preview.rows.length} {preview.rows.length === 1 ? 'drama' : 'dramas'} to import
          </h3>
          <p className="tracker-import__rule">
            <strong>How ratings become grades:</strong> {preview.ratingRule}
          </p>
          <PreviewRows preview={preview} />
          <SkippedRows skipped={preview.skipped} />
          <ActionError message={importError} />
          <div className="form-actions">
            <button type="button" className="button" onClick={clearTracker} disabled={importing}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={() => void importRows()} disabled={importing || preview.rows.length === 0}>
              {importing ? 'Importing…' : `Import ${preview.rows.length} ${preview.rows.length === 1 ? 'Drama' : 'Dramas'}`}
            </button>
          </div>
        </div>
      )}
      {report && (
        <div className="tracker-import__report" role="status">
          <h3 className="tracker-import__subtitle">
            Imported {report.imported.length} {report.imported.length === 1 ? 'drama' : 'dramas'} from {file?.name}
          </h3>
          <ul>
            {report.imported.map((row) => (
              <li key={row.dramaId}>
                <a href={hrefOf({ name: 'drama', id: row.dramaId })}>{row.title}</a> <span className="muted">(line {row.line})</span>
              </li>
            ))}
          </ul>
          <SkippedRows skipped={report.skipped} />
          <p className="muted">Each imported drama has a private note saying where it came from and what to fill in.</p>
        </div>
      )}
    </section>
  );
}
