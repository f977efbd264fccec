import { describe, expect, test } from 'vitest';
import { sampleDrama } from '../../support/temp-journal';
import { review } from '../core/fixtures';
import { addArgs, expectOneLine, workspace } from './harness';

/** A drama with a review and notes on it, written through the core as the app would. */
async function journalWithReview() {
  const w = workspace();
  await w.cli('add', ...addArgs({ status: 'watching' }));
  const journal = w.journal();
  journal.dramas.updateWatch({ id: 1, episodesWatched: 4, startedOn: '2024-03-02' });
  journal.reviews.save(review());
  journal.notes.add({ dramaId: 1, episode: 2, text: 'The bridge scene.' });
  journal.notes.add({ dramaId: 1, episode: null, text: 'Lovely score.\nSecond line.' });
  journal.close();
  return w;
}

describe('dramalog show --json', () => {
  test("prints the journal's public shape, exactly these fields", async () => {
    const { cli } = await journalWithReview();
    const run = await cli('show', '1', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const shown = JSON.parse(run.stdout);
    expect(Object.keys(shown)).toEqual(['id', 'title', 'nativeTitle', 'platforms', 'aired', 'episodes', 'genres', 'watch', 'review', 'notes', 'diary', 'episodeLog', 'cover']);
    const { dramaId, ...written } = review();
    expect(shown).toMatchObject({
      id: dramaId,
      ...sampleDrama,
      watch: { status: 'watching', episodesWatched: 4, startedOn: '2024-03-02', finishedOn: null, rewatches: 0 },
      review: written,
    });
    expect(Object.keys(shown.aired)).toEqual(['year', 'month']);
    expect(Object.keys(shown.watch)).toEqual(['status', 'episodesWatched', 'startedOn', 'finishedOn', 'rewatches']);
    expect(Object.keys(shown.review)).toEqual(['grade', 'reviewer', 'intro', 'story', 'closing', 'state']);
    expect(Object.keys(shown.review.reviewer)).toEqual(['name', 'location']);
    expect(shown.diary).toEqual([{ startedOn: '2024-03-02', finishedOn: null, status: 'watching', rewatch: false, note: null }]);
    expect(shown.episodeLog).toEqual([]);
    expect(shown.notes.map((n: { episode: number | null; text: string }) => [n.episode, n.text])).toEqual([
      [null, 'Lovely score.\nSecond line.'],
      [2, 'The bridge scene.'],
    ]);
    // Hangul is printed as itself, not as \u escapes.
    expect(run.stdout).toContain('"nativeTitle": "달빛 나루"');
  });

  test('review is null when there is none, notes an empty list', async () => {
    const { cli } = workspace();
    await cli('add', ...addArgs());
    const shown = JSON.parse((await cli('show', '1', '--json')).stdout);
    expect(shown.review).toBeNull();
    expect(shown.notes).toEqual([]);
  });
});

describe('dramalog show (text)', () => {
  test('shows the drama, its watch record, review and notes for reading', async () => {
    const { cli } = await journalWithReview();
    const run = await cli('show', '1');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Moonlit Ferry (달빛 나루)');
    expect(run.stdout).toMatch(/^Aired +March 2024$/m);
    expect(run.stdout).toMatch(/^Platforms +Netflix, tvN$/m);
    expect(run.stdout).toMatch(/^Genres +Romance, Mystery$/m);
    expect(run.stdout).toMatch(/^Status +Watching$/m);
    expect(run.stdout).toMatch(/^Progress +4\/12 episodes watched$/m);
    expect(run.stdout).toMatch(/^Started +2024-03-02$/m);
    expect(run.stdout).toMatch(/^Grade +A-$/m);
    expect(run.stdout).toMatch(/^Review +final, by Mina Park, Busan, Korea$/m);
    expect(run.stdout).toContain('Intro\n  A quiet ferry town.\n\n  조용한 마을.\n');
    expect(run.stdout).toContain('Notes\n  Drama: Lovely score.\n  Second line.\n  Episode 2: The bridge scene.\n');
    // The labels line up: every value starts in the same column.
    const factLines = lines.slice(2, lines.indexOf('', 2));
    const valueColumns = new Set(factLines.map((line) => line.search(/(?<=\s{2})\S/)));
    expect(valueColumns.size).toBe(1);
  });
});

describe('dramalog show refusals', () => {
  test('an id that does not exist: exit 1, one line', async () => {
    const { cli } = workspace();
    await cli('add', ...addArgs());
    const run = await cli('show', '9');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(expectOneLine(run.stderr)).toBe("There is no drama 9 in your journal; 'dramalog list' shows each drama's id.");
  });

  test('any id when there is no journal yet: exit 1, and no journal is created', async () => {
    const { cli, db } = workspace();
    const run = await cli('show', '1', '--json');
    expect(run.code).toBe(1);
    expect(expectOneLine(run.stderr)).toBe(`There is no journal at ${db}. Check the path; a command that saves (such as add) starts a new journal there.`);
    expect(await import('node:fs').then((fs) => fs.existsSync(db))).toBe(false);
  });

  test('an id that is not a number: exit 1 naming the id', async () => {
    const { cli } = workspace();
    const run = await cli('show', 'moonlit');
    expect(run.code).toBe(1);
    expect(expectOneLine(run.stderr)).toMatch(/^id must be a whole number from 1 to \d+$/);
  });

  test.each([
    [[], "show needs ID. Run 'dramalog show --help' for usage."],
    [['1', '2'], "unexpected argument '2'. Run 'dramalog show --help' for usage."],
    [['1', '--json=yes'], "--json does not take a value. Run 'dramalog show --help' for usage."],
    [['1', '--format', 'json'], "unknown option --format. Run 'dramalog show --help' for usage."],
  ])('usage error %j: exit 2', async (args, message) => {
    const { cli } = workspace();
    const run = await cli('show', ...args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(expectOneLine(run.stderr)).toBe(message);
  });
});
