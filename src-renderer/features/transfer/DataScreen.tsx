import { ActionError } from '../../shared/ui/ErrorAlerts';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { SitePanel } from '../export/SitePanel';
import { PublishPanel } from '../publish/PublishPanel';
import { useImportStore } from '../import/import-store';
import { TrackerImport } from './TrackerImport';
import { useTransferStore } from './transfer-store';
import '../../shared/ui/data-table.css';
import './transfer.css';

function JournalDump() {
  const { dumping, dumped, dumpError, dumpJournal } = useTransferStore();
  return (
    <section className="panel" aria-labelledby="dump-title">
      <h2 className="panel__title" id="dump-title">
        Export the journal
      </h2>
      <p>
        <strong>Export journal…</strong> writes the whole journal (dramas, watch records, reviews and their history, notes, cast and settings) to one
        JSON file, pictures in a folder beside it. <strong>Load a journal dump…</strong> restores it into an empty journal.
      </p>
      <div className="form-actions form-actions--start">
        <button type="button" className="button" onClick={() => void dumpJournal()} disabled={dumping}>
          {dumping ? 'Exporting…' : 'Export journal…'}
        </button>
      </div>
      {dumped && (
        <p role="status" className="data-screen__result">
          Saved {dumped.dramas} {dumped.dramas === 1 ? 'drama' : 'dramas'} to <code>{dumped.file}</code>
          {dumped.pictures > 0 ? `, with ${dumped.pictures} ${dumped.pictures === 1 ? 'picture' : 'pictures'} beside it` : ''}.
        </p>
      )}
      <ActionError message={dumpError} />
    </section>
  );
}

function DumpLoad() {
  const { loading, loaded, loadError, loadDump } = useTransferStore();
  return (
    <section className="panel" aria-labelledby="dump-load-title">
      <h2 className="panel__title" id="dump-load-title">
        Load a journal dump
      </h2>
      <p>
        Restores a JSON file written by <strong>Export journal…</strong> into this journal, if it holds no dramas or lists yet. Pictures are read
        from the folder beside the file.
      </p>
      <div className="form-actions form-actions--start">
        <button type="button" className="button" onClick={() => void loadDump()} disabled={loading}>
          {loading ? 'Loading…' : 'Load a journal dump…'}
        </button>
      </div>
      {loaded && (
        <p role="status" className="data-screen__result">
          Loaded {loaded.dramas} {loaded.dramas === 1 ? 'drama' : 'dramas'} from the dump.
        </p>
      )}
      <ActionError message={loadError} />
    </section>
  );
}

function ReviewImport() {
  const { openPaste, chooseFiles } = useImportStore();
  return (
    <section className="panel" aria-labelledby="review-import-title">
      <h2 className="panel__title" id="review-import-title">
        Import reviews
      </h2>
      <p>Reviews written in the house format, as plain text. You see each one as it will be published before it is saved.</p>
      <div className="form-actions form-actions--start">
        <button type="button" className="button" onClick={openPaste}>
          Paste a review…
        </button>
        <button type="button" className="button" onClick={() => void chooseFiles()}>
          Choose files…
        </button>
      </div>
    </section>
  );
}

/** Getting data in and out: the site first (publishing is what this screen is for most days), then reviews, the journal as JSON, tracker CSVs. */
export function DataScreen() {
  useDocumentTitle('Import and export');
  return (
    <div className="screen data-screen">
      <header className="screen__header">
        <ScreenHeading>Import and export</ScreenHeading>
      </header>
      <SitePanel />
      <PublishPanel />
      <div className="data-screen__grid">
        <ReviewImport />
        <JournalDump />
        <DumpLoad />
      </div>
      <TrackerImport />
    </div>
  );
}
