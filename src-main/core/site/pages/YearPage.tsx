import type { Grade, GradeAverage } from '../../common/model';
import { renderEntryItems } from './entry-items';
import { type ListEntry, PageLinks, plural } from './parts';
import { HeadedSection, SitePage } from './SitePage';

export interface YearFigures {
  finished: number;
  episodesWatched: number;
  hoursWatched: number;
  averageGrade: GradeAverage | null;
  /** Grades given that year, best first, only those given. */
  grades: { grade: Grade; count: number }[];
  /** The year's most-watched genres, most dramas first. */
  genres: { name: string; dramas: number; average: GradeAverage | null }[];
}

export interface YearPageProps {
  year: number;
  siteTitle: string;
  figures: YearFigures;
  /** The dramas finished that year, by finish date, each noting the day. */
  entries: ListEntry[];
  /** Every year with a page, newest first. */
  years: readonly number[];
  /** Whether the site has actor pages (the navigation then lists their index). */
  actors: boolean;
  description: string;
  canonical: string | null;
}

const average = (value: GradeAverage) => `${value.grade} (${value.value.toFixed(2)})`;

/** `year/YYYY.html`: the year in review, its figures and every drama finished that year. */
export function YearPage({ year, siteTitle, figures, entries, years, actors, description, canonical }: YearPageProps) {
  const heading = `${year} in review`;
  return (
    <SitePage
      title={`${heading} - ${siteTitle}`}
      description={description}
      siteTitle={siteTitle}
      root="../"
      canonical={canonical}
      ogType="website"
      current={null}
      actors={actors}
      heading={heading}
      count={`${plural(figures.finished, 'Korean drama', 'Korean dramas')} finished in ${year} with a review on this site (the figures count these alone)`}
    >
      <HeadedSection id="figures" heading="The year in figures">
        <dl className="figures">
          <dt>Dramas finished</dt>
          <dd>{figures.finished}</dd>
          <dt>Episodes watched</dt>
          <dd>{figures.episodesWatched}</dd>
          <dt>Hours watched</dt>
          <dd>{figures.hoursWatched}</dd>
          <dt>Average grade</dt>
          <dd>{figures.averageGrade ? `${average(figures.averageGrade)} over ${plural(figures.averageGrade.count, 'graded drama', 'graded dramas')}` : 'No grades yet'}</dd>
        </dl>
        {figures.grades.length > 0 && (
          <table className="grade-table">
            <caption>Grades given</caption>
            <thead>
              <tr>
                <th scope="col">Grade</th>
                <th scope="col">Dramas</th>
              </tr>
            </thead>
            <tbody>
              {figures.grades.map(({ grade, count }) => (
                <tr key={grade}>
                  <th scope="row">{grade}</th>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {figures.genres.length > 0 && (
          <>
            <h3 className="figures-heading">Top genres</h3>
            <ol className="genre-list">
              {figures.genres.map((genre) => (
                <li key={genre.name}>
                  {`${genre.name}: ${plural(genre.dramas, 'drama', 'dramas')}${genre.average ? `, average ${average(genre.average)}` : ''}`}
                </li>
              ))}
            </ol>
          </>
        )}
      </HeadedSection>
      <HeadedSection id="finished" heading={`Finished in ${year}`}>
        <ol className="review-list" dangerouslySetInnerHTML={{ __html: renderEntryItems(entries).join('') }} />
      </HeadedSection>
      {years.length > 1 && (
        <PageLinks label="Years in review" links={years.map((y) => ({ href: `${y}.html`, text: String(y), current: y === year }))} />
      )}
    </SitePage>
  );
}
