import type { GradeAverage, JournalStats } from '../../core/common/model';
import { headlessContext, runDeclared } from '../../core/ipc/channel';
import { journalFigures } from '../../core/stats/channels';
import { parseInput } from '../../core/common/validation/parse';
import { statsQuerySchema } from '../../core/common/validation/schemas';
import { renderTable } from '../format/table';
import type { Command } from './command';
import { numberOrText } from './values';

const average = (a: GradeAverage | null) => (a ? `${a.grade} (${a.value.toFixed(2)})` : '-');
const bar = (count: number, most: number) => '█'.repeat(most ? Math.ceil((count / most) * 30) : 0);

function statsText(stats: JournalStats): string {
  const { totals } = stats;
  const undated = stats.finishedUndated ? ` (${stats.finishedUndated} without a date)` : '';
  const lines = [
    stats.year === null ? 'All years' : `The year ${stats.year}: dramas finished that year`,
    `Dramas ${totals.dramas} · finished ${totals.finished}${undated} · episodes watched ${totals.episodesWatched} · hours ${totals.hoursWatched}`,
    `Average grade ${average(totals.averageGrade)}${totals.graded ? ` over ${totals.graded} graded` : ''}`,
  ];
  const section = (title: string, body: string) => lines.push('', title, body.trimEnd());
  const most = Math.max(0, ...stats.finishedPerMonth.map((m) => m.count));
  if (stats.year === null && stats.finishedPerYear.length) {
    const top = Math.max(...stats.finishedPerYear.map((y) => y.count));
    section('Finished per year', stats.finishedPerYear.map((y) => `  ${y.year}  ${String(y.count).padStart(3)}  ${bar(y.count, top)}`).join('\n'));
  }
  if (stats.finishedPerMonth.length) {
    const months = stats.finishedPerMonth.map((m) => `  ${m.year}-${String(m.month).padStart(2, '0')}  ${String(m.count).padStart(3)}  ${bar(m.count, most)}`);
    section('Finished per month', months.join('\n'));
  }
  const graded = stats.gradeDistribution.filter((g) => g.count);
  if (graded.length) {
    const top = Math.max(...graded.map((g) => g.count));
    section('Grades', stats.gradeDistribution.map((g) => `  ${g.grade.padEnd(2)}  ${String(g.count).padStart(3)}  ${bar(g.count, top)}`).join('\n'));
  }
  const named = [
    { header: 'Dramas', cell: (n: JournalStats['averageByGenre'][number]) => String(n.dramas), align: 'right' as const },
    { header: 'Average grade', cell: (n: JournalStats['averageByGenre'][number]) => average(n.average) },
  ];
  if (stats.averageByGenre.length) section('By genre', renderTable([{ header: 'Genre', cell: (n) => n.name }, ...named], stats.averageByGenre));
  if (stats.averageByPlatform.length) {
    section('By platform', renderTable([{ header: 'Platform', cell: (n) => n.name }, ...named], stats.averageByPlatform));
  }
  if (stats.topActors.length) {
    section(
      'Most-watched actors',
      renderTable(
        [
          { header: 'Actor', cell: (a) => a.name },
          { header: 'Dramas', cell: (a) => String(a.dramas), align: 'right' },
          { header: 'Lead', cell: (a) => String(a.leadRoles), align: 'right' },
          { header: 'Episodes', cell: (a) => String(a.episodesWatched), align: 'right' },
        ],
        stats.topActors,
      ),
    );
  }
  return lines.map((line) => line.trimEnd()).join('\n');
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Show the journal in figures: dramas finished, hours watched, grades, genres, actors',
  synopsis: '[--year YYYY] [--json]',
  description:
    'Without --year: the whole journal. With --year: the year in review, only dramas finished that year. ' +
    'Grades count as A+ 4.3, A 4.0, A- 3.7 … D- 0.7, F 0; averages show as the nearest grade.',
  positionals: [],
  options: {
    year: { type: 'string', valueName: 'YYYY', description: 'Only dramas finished in this year' },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, readJournal, print, printJson }) {
    const query = parseInput(statsQuerySchema, values.year === undefined ? {} : { year: numberOrText(values.year as string) });
    const stats = await readJournal((journal) => runDeclared(journalFigures, query, headlessContext(journal)));
    if (values.json) printJson(stats);
    else print(statsText(stats));
  },
};
