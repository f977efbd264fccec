import { useEffect, useMemo, useRef, useState } from 'react';
import { hrefOf } from '../../app/routes';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { useCoverThumbs } from '../covers/cover-thumbs-store';
import { DiaryEntryItem } from './DiaryEntryItem';
import { entriesOfYear, firstMonths, monthsOf, yearsOf } from './diary-months';
import { useDiaryStore } from './diary-store';
import './diary.css';

/** Entries drawn at first, and added each time the reader nears the end: whole months at a time. */
const PAGE = 60;

/** Every watch, month by month, newest first, like a diary; a year at a time if the reader likes. */
export function DiaryScreen() {
  const { entries, entriesState, entriesError, year, load, setYear } = useDiaryStore();
  useDocumentTitle('Diary');

  useEffect(() => {
    void load();
  }, [load]);

  const years = useMemo(() => yearsOf(entries ?? []), [entries]);
  // A year that no longer has entries (its last watch was deleted) shows every year.
  const shownYear = year !== null && years.some((y) => y.year === year) ? year : null;
  const months = useMemo(() => monthsOf(entriesOfYear(entries ?? [], shownYear)), [entries, shownYear]);

  return (
    <div className="screen diary-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>Diary</ScreenHeading>
          <p className="screen__subtitle">Every watch and rewatch, newest first.</p>
        </div>
        {years.length > 0 && (
          <div className="screen__actions">
            <label className="inline-field">
              Year
              <select value={shownYear ?? ''} onChange={(event) => setYear(event.target.value ? Number(event.target.value) : null)}>
                <option value="">All years ({entries?.length ?? 0})</option>
                {years.map(({ year: y, count }) => (
                  <option key={y} value={y}>
                    {y} ({count})
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
      </header>
      {entriesState === 'error' && entriesError && <ErrorNotice message={entriesError} onRetry={() => void load()} />}
      {!entries && entriesState === 'loading' && <Loading>Loading the diary…</Loading>}
      {entries && entries.length === 0 && (
        <div className="diary-empty">
          <p>Your diary is empty. Each watch is written here as you go: press “+1 episode” on a drama’s screen while you watch it, or “Log a watch” when you finish it.</p>
          <p>
            <a href={hrefOf({ name: 'library' })}>Go to the library</a>
          </p>
        </div>
      )}
      {/* A new key per year: the pages start again from the newest month. */}
      {months.length > 0 && <DiaryMonths key={shownYear ?? 'all'} months={months} />}
    </div>
  );
}

function DiaryMonths({ months }: { months: ReturnType<typeof monthsOf> }) {
  const [wanted, setWanted] = useState(PAGE);
  const shown = useMemo(() => firstMonths(months, wanted), [months, wanted]);
  const more = shown.length < months.length;
  const dramaIds = useMemo(() => [...new Set(shown.flatMap((month) => month.entries.map((entry) => entry.dramaId)))], [shown]);
  const thumbs = useCoverThumbs(dramaIds);

  // Nearing the end of what is drawn draws the next months, before the reader gets there.
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = end.current;
    if (!element || !more) return;
    const observer = new IntersectionObserver(([seen]) => seen?.isIntersecting && setWanted((n) => n + PAGE), { rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [more, shown.length]);

  return (
    <>
      {shown.map((month) => (
        <section key={month.key} className="diary-month" aria-labelledby={`diary-month-${month.key}`}>
          <div className="diary-month__title">
            <h2 id={`diary-month-${month.key}`}>{month.label}</h2>
            <span className="diary-month__count">
              {month.entries.length} {month.entries.length === 1 ? 'watch' : 'watches'}
            </span>
          </div>
          <ol className="diary-month__entries">
            {month.entries.map((entry) => (
              <DiaryEntryItem key={entry.id} entry={entry} picture={thumbs.get(entry.dramaId)} />
            ))}
          </ol>
        </section>
      ))}
      {more && (
        <div ref={end} className="diary-more">
          <button type="button" className="button" onClick={() => setWanted((n) => n + PAGE)}>
            Show earlier months
          </button>
        </div>
      )}
    </>
  );
}
