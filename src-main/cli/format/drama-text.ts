import { MONTH_NAMES } from '../../core/common/house-format/format';
import { WATCH_STATUS_LABELS, type AiredDate, type Drama, type WatchRecord } from '../../core/common/model';
import { padEnd } from './text-width';

/** What the CLI prints for a field not known yet. */
export const UNKNOWN = '-';

const airedText = (aired: AiredDate) =>
  aired.year === null ? UNKNOWN : aired.month === null ? String(aired.year) : `${MONTH_NAMES[aired.month - 1]} ${aired.year}`;

/** `3/16`, or `3/?` while the episode count is not known. */
export const progressText = (watched: number, episodes: number | null) => `${watched}/${episodes ?? '?'}`;

const listText = (names: readonly string[]) => (names.length ? names.join(', ') : UNKNOWN);

/** `dramalog show` without --json: the drama, its watch record, review and notes, for reading. */
export function dramaText(drama: Drama): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const facts: [string, string][] = [
    ['Id', String(drama.id)],
    ['Aired', airedText(drama.aired)],
    ['Episodes', drama.episodes === null ? UNKNOWN : String(drama.episodes)],
    ['Episode length', plural(drama.episodeMinutes, 'minute')],
    ['Platforms', listText(drama.platforms)],
    ['Genres', listText(drama.genres)],
    ['Status', WATCH_STATUS_LABELS[drama.watch.status]],
    ['Progress', `${progressText(drama.watch.episodesWatched, drama.episodes)} episodes watched`],
    ...watchDates(drama.watch),
    ['Rewatched', drama.watch.rewatches ? plural(drama.watch.rewatches, 'time') : 'never'],
  ];
  const { review } = drama;
  if (review) {
    facts.push(['Grade', review.grade ?? 'not graded yet']);
    const reviewer = [review.reviewer.name, review.reviewer.location].filter(Boolean).join(', ');
    facts.push(['Review', `${review.state === 'final' ? 'final' : 'draft'}${reviewer ? `, by ${reviewer}` : ''}`]);
  } else {
    facts.push(['Review', 'none yet']);
  }

  const labelWidth = Math.max(...facts.map(([label]) => label.length)) + 2;
  const lines = [drama.nativeTitle ? `${drama.title} (${drama.nativeTitle})` : drama.title, '', ...facts.map(([label, value]) => padEnd(label, labelWidth) + value)];

  if (review) {
    for (const [heading, paragraphs] of [['Intro', review.intro], ['Story', review.story], ['Closing', review.closing]] as const) {
      if (!paragraphs.length) continue;
      lines.push('', heading, ...paragraphs.flatMap((p, i) => [...(i ? [''] : []), ...indent(p)]));
    }
  }

  lines.push('', drama.notes.length ? 'Notes' : 'Notes: none');
  for (const note of drama.notes) {
    const [first, ...rest] = indent(note.text);
    lines.push(`${first.replace(/^ {2}/, `  ${note.episode === null ? 'Drama' : `Episode ${note.episode}`}: `)}`, ...rest);
  }
  return lines.join('\n') + '\n';
}

function watchDates(watch: WatchRecord): [string, string][] {
  return [
    ['Started', watch.startedOn ?? '-'],
    ['Finished', watch.finishedOn ?? '-'],
  ];
}

function indent(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `  ${line}`);
}
