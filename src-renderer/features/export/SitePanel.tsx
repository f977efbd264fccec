import { useEffect } from 'react';
import { shortcutLabel } from '../../app/shortcuts';
import { exportSite, updateSite, useExportStore } from './export-store';
import { SiteActions } from './SiteActions';
import './export.css';

/**
 * The Import and export screen's first panel: the user's site, where it is, and Update site,
 * the one action that publishes (with Open site and Show folder once there is a site).
 */
export function SitePanel() {
  const place = useExportStore((s) => s.place);
  const loadPlace = useExportStore((s) => s.loadPlace);
  useEffect(() => {
    void loadPlace();
  }, [loadPlace]);

  return (
    <section className="panel site-panel" aria-labelledby="site-panel-title">
      <h2 className="panel__title" id="site-panel-title">
        Your site
      </h2>
      <p>
        Your final reviews as plain web pages, with lists by title, grade and year, a feed and a stylesheet: a folder to put on any web host as it
        is.
      </p>
      {place ? (
        <div className="site-panel__folder">
          <p>
            In <code className="export-dialog__path">{place.folder}</code>
            {place.includeDrafts ? ', drafts included' : ''}
          </p>
          <button type="button" className="button button--quiet" onClick={exportSite}>
            Change folder…
          </button>
        </div>
      ) : (
        <p>No folder yet: the first update asks where your site goes, and remembers it.</p>
      )}
      <div className="site-panel__actions">
        <button type="button" className="button button--primary site-panel__update" onClick={() => void updateSite()} title={`Update site (${shortcutLabel('u')})`}>
          Update site <kbd className="kbd">{shortcutLabel('u')}</kbd>
        </button>
        {place && <SiteActions />}
      </div>
    </section>
  );
}
