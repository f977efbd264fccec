import type { SearchResult, TextSegment } from '../../core/common/model';
import { parseInput } from '../../core/common/validation/parse';
import { searchQuerySchema } from '../../core/common/validation/schemas';
import { headlessContext, runDeclared } from '../../core/ipc/channel';
import { searchJournal } from '../../core/search/channels';
import type { Command } from './command';
import { numberOrText } from './values';

const FIELD_LABELS: Record<SearchResult['matchedIn'][number], string> = {
  title: 'title',
  nativeTitle: 'Korean title',
  review: 'review',
  notes: 'notes',
  cast: 'cast',
};

/** Matched words in [brackets]: plain text that reads the same in any terminal or file. */
function marked(segments: TextSegment[]): string {
  return segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
}

function resultText(result: SearchResult): string {
  const head = `${String(result.dramaId).padStart(4)}  ${marked(result.titleSegments)} · ${marked(result.nativeTitleSegments)}  ${result.grade ?? '-'}`;
  const where = `      matched in ${result.matchedIn.map((f) => FIELD_LABELS[f]).join(', ')}`;
  const snippet = result.snippet ? `\n      ${FIELD_LABELS[result.snippet.field]}: ${marked(result.snippet.segments).replace(/\s+/g, ' ')}` : '';
  return `${head}\n${where}${snippet}`;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search titles, review text, notes and cast, best matches first',
  synopsis: 'QUERY [--limit N] [--json]',
  description:
    'Korean matches any part of a word (사운드 finds 사운드트랙); other words match their beginnings (sound finds Soundtrack). ' +
    'Every word must match; dramas holding the words together, in the order typed, come first. ' +
    'Put a query of several words in quotes. Matches are shown in [brackets]; with --json, ' +
    'each result carries its text as segments marked match: true or false.',
  positionals: [{ name: 'QUERY', description: 'What to look for' }],
  options: {
    limit: { type: 'string', valueName: 'N', description: 'At most N results (1 to 100; default 20)' },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, positionals, readJournal, print, printJson }) {
    const query = parseInput(searchQuerySchema, {
      text: positionals[0],
      ...(values.limit !== undefined ? { limit: numberOrText(values.limit as string) } : {}),
    });
    const results = await readJournal((journal) => runDeclared(searchJournal, query, headlessContext(journal)));
    if (values.json) printJson(results);
    else print(results.length ? results.map(resultText).join('\n') : `No matches for "${query.text}".`);
  },
};
