import type { Database } from 'better-sqlite3';
import { DEFAULT_SETTINGS, type Settings, type SettingsUpdate, type SitePlace } from '../common/model';

/** The settings table's key for the site's folder (not one of `Settings`: see SitePlace). */
const SITE_PLACE_KEY = 'sitePlace';

export class SettingsRepository {
  constructor(private readonly db: Database) {}

  get(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored = Object.fromEntries(
      rows.filter((r) => r.key in DEFAULT_SETTINGS).map((r) => [r.key, JSON.parse(r.value) as unknown]),
    );
    return { ...DEFAULT_SETTINGS, ...stored } as Settings;
  }

  update(change: SettingsUpdate): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(change)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
    return this.get();
  }

  /** Where the site was last exported, or null before the first export. */
  sitePlace(): SitePlace | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(SITE_PLACE_KEY) as { value: string } | undefined;
    if (!row) return null;
    const place = JSON.parse(row.value) as Partial<SitePlace> | null;
    return typeof place?.folder === 'string' ? { folder: place.folder, includeDrafts: place.includeDrafts === true } : null;
  }

  /** Remembers where the site went, for the next Update Site. */
  rememberSitePlace(place: SitePlace): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(SITE_PLACE_KEY, JSON.stringify({ folder: place.folder, includeDrafts: place.includeDrafts }));
  }
}
