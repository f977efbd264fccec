import { useEffect, useId } from 'react';
import { GRADE_POINTS } from '@common/grade-points';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '@common/house-format/format';
import type { GradeAverage, JournalStats, NamedAverage } from '@common/model';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { BarTable, type Bar } from './BarTable';
import { ColumnChart, type Column } from './ColumnChart';
import { useStatsStore } from './stats-store';
import '../../shared/ui/data-table.css';
import './stats.css';

const TOP_POINTS = GRADE_POINTS['A+'];
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const dramas = (n: number) => plural(n, 'drama');

function averageText(average: GradeAverage | null, total: number): string {
  if (!average) return `not graded · ${dramas(total)}`;
  return `${average.grade} (${average.value.toFixed(2)}) · ${average.count} of ${dramas(total)} graded`;
}

function averageBars(list: readonly NamedAverage[]): Bar[] {
  return list.map((entry) => ({ name: entry.name, share: (entry.average?.value ?? 0) / TOP_POINTS, text: averageText(entry.average, entry.dramas) }));
}

/** One year: Jan … Dec. Several: each month's initial, with the year under its first month. */
function monthColumns(stats: JournalStats): Column[] {
  return stats.finishedPerMonth.map(({ year, month, count }, index) => ({
    label: stats.year !== null ? MONTH_ABBREVIATIONS[month - 1]!.replace('.', '') : MONTH_NAMES[month - 1]!.charAt(0),
    subLabel: stats.year === null && (month === 1 || index === 0) ? String(year) : undefined,
    name: `${MONTH_NAMES[month - 1]} ${year}`,
    value: count,
  }));
}

function Tile({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="stat-tile">
      <dt className="stat-tile__label">{label}</dt>
      <dd className="stat-tile__value">{value}</dd>
      {detail && <dd className="stat-tile__detail">{detail}</dd>}
    </div>
  );
}

function Figures({ stats }: { stats: JournalStats }) {
  const { totals } = stats;
  const maxActor = Math.max(1, ...stats.topActors.map((a) => a.dramas));
  const scope = stats.year === null ? '' : ` in ${stats.year}`;
  return (
    <>
      <dl className="stat-tiles" aria-label={`Totals${scope}`}>
        <Tile label={stats.year === null ? 'Dramas' : `Finished in ${stats.year}`} value={totals.dramas.toLocaleString('en')} />
        <Tile
          label="Finished"
          value={totals.finished.toLocaleString('en')}
          detail={stats.finishedUndated ? `${stats.finishedUndated} without a finish date` : undefined}
        />
        <Tile label="Episodes watched" value={totals.episodesWatched.toLocaleString('en')} />
        <Tile label="Hours watched" value={totals.hoursWatched.toLocaleString('en')} detail="60 minutes an episode unless set" />
        <Tile
          label="Average grade"
          value={totals.averageGrade ? totals.averageGrade.grade : '—'}
          detail={totals.averageGrade ? `${totals.averageGrade.value.toFixed(2)} over ${totals.graded} graded` : 'nothing graded yet'}
        />
      </dl>
      <div className="stats-grid">
        {stats.year === null && (
          <ColumnChart
            title="Dramas finished per year"
            columns={stats.finishedPerYear.map(({ year, count }) => ({ label: String(year), name: String(year), value: count }))}
            describe={dramas}
            latestLast
          />
        )}
        <ColumnChart title={`Dramas finished per month${scope}`} columns={monthColumns(stats)} describe={dramas} latestLast />
        <ColumnChart
          title={`Grade distribution${scope}`}
          columns={stats.gradeDistribution.map(({ grade, count }) => ({ label: grade, name: grade, value: count }))}
          describe={dramas}
        />
        <BarTable title={`Average grade by genre${scope}`} valueHeading="Average grade" rows={averageBars(stats.averageByGenre)} />
        <BarTable title={`Average grade by platform${scope}`} valueHeading="Average grade" rows={averageBars(stats.averageByPlatform)} />
        <BarTable
          title={`Most-watched actors${scope}`}
          valueHeading="Dramas"
          empty="No cast yet: add cast on the drama screens."
          rows={stats.topActors.map((actor) => ({
            name: actor.name,
            share: actor.dramas / maxActor,
            text: `${dramas(actor.dramas)} · ${plural(actor.leadRoles, 'lead role')} · ${plural(actor.episodesWatched, 'episode')} watched`,
          }))}
        />
      </div>
    </>
  );
}

/**
 * What the figures count, said under the heading: the app counts every drama finished (reviewed
 * or not), where the exported site's year page counts only the dramas with a review on the site.
 */
function scopeOf(year: number | null): string {
  return year === null
    ? 'Counts every drama in your journal, reviewed or not.'
    : `Counts every drama you finished in ${year}, reviewed or not. Your site’s year page counts only those with a published review.`;
}

/** The journal in figures and charts: the whole journal, or one year in review. */
export function StatsScreen() {
  const { year, years, stats, state, error, load } = useStatsStore();
  const selectId = useId();
  useDocumentTitle('Statistics');

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="screen stats-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>Statistics</ScreenHeading>
          <p className="screen__subtitle">Grades count A+ = 4.3 down to F = 0 for averages, shown as the nearest grade.</p>
        </div>
        <div className="inline-field">
          <label htmlFor={selectId}>Show</label>
          <select
            id={selectId}
            className="input"
            value={year === null ? '' : String(year)}
            onChange={(event) => void load(event.target.value ? Number(event.target.value) : null)}
          >
            <option value="">All years</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y} in review
              </option>
            ))}
          </select>
        </div>
      </header>
      {state === 'error' && error && <ErrorNotice message={error} onRetry={() => void load()} />}
      {!stats && state === 'loading' && <Loading>Counting…</Loading>}
      {stats && (
        <div aria-busy={state === 'loading'}>
          <p className="stats-scope">{scopeOf(stats.year)}</p>
          <Figures stats={stats} />
        </div>
      )}
    </div>
  );
}
