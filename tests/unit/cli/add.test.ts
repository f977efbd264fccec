import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sampleDrama } from '../../support/temp-journal';
import { addArgs, expectOneLine, workspace } from './harness';

describe('dramalog add', () => {
  test('prints just the new id and stores every field, in order', async () => {
    const { cli, journal, db } = workspace();
    expect(await cli('add', ...addArgs())).toEqual({ code: 0, stdout: '1\n', stderr: `Created a new journal at ${db}\n` });
    expect(await cli('add', ...addArgs({ title: 'Second', platform: ['Disney+', 'Hulu'], genre: ['Thriller'] }))).toEqual({
      code: 0,
      stdout: '2\n',
      stderr: '',
    });
    const [first, second] = journal().dramas.all();
    expect(first).toMatchObject({ id: 1, ...sampleDrama, watch: { status: 'plan-to-watch', episodesWatched: 0 } });
    expect(second).toMatchObject({ platforms: ['Disney+', 'Hulu'], genres: ['Thriller'] });
  });

  test('--status sets the watch status; completed counts every episode watched', async () => {
    const { cli, journal } = workspace();
    await cli('add', ...addArgs({ status: 'watching' }));
    await cli('add', ...addArgs({ title: 'Done', status: 'completed' }));
    expect(journal().dramas.all().map((d) => d.watch)).toMatchObject([
      { status: 'watching', episodesWatched: 0 },
      { status: 'completed', episodesWatched: 12 },
    ]);
  });

  test('--episode-minutes sets the episode length; left out, an episode runs 60 minutes', async () => {
    const { cli, journal } = workspace();
    await cli('add', ...addArgs({ 'episode-minutes': '35' }));
    await cli('add', ...addArgs({ title: 'Usual' }));
    expect(journal().dramas.all().map((d) => d.episodeMinutes)).toEqual([35, 60]);
  });

  test('--aired takes a year alone while the month is not known', async () => {
    const { cli } = workspace();
    expect((await cli('add', '--title', 'Someday Maybe', '--aired', '2025')).code).toBe(0);
    const shown = JSON.parse((await cli('show', '1', '--json')).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ aired: { year: 2025, month: null } });
  });

  test('accepts --flag=value and options in any order, --db before or after the command', async () => {
    const { cli, db, journal } = workspace();
    const args = ['--genre=Romance', '--episodes=16', '--aired=2019-12', '--platform=tvN', '--native-title=사랑의 불시착', '--title=Crash Landing on You'];
    expect((await cli('--db', db, 'add', ...args)).code).toBe(0);
    expect(journal().dramas.get(1)).toMatchObject({ title: 'Crash Landing on You', aired: { year: 2019, month: 12 }, episodes: 16 });
  });

  test('adds a drama with only its English title: the rest is not known yet, and show --json says null', async () => {
    const { cli } = workspace();
    const run = await cli('add', '--title', 'Someday Maybe');
    expect(run.code).toBe(0);
    const shown = JSON.parse((await cli('show', '1', '--json')).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({
      title: 'Someday Maybe',
      nativeTitle: null,
      platforms: [],
      aired: { year: null, month: null },
      episodes: null,
      genres: [],
      watch: { status: 'plan-to-watch', episodesWatched: 0 },
    });
    const table = (await cli('show', '1')).stdout;
    expect(table).toMatch(/^Someday Maybe\n/);
    expect(table).toMatch(/Aired\s+-\n/);
    expect(table).toMatch(/Progress\s+0\/\? episodes watched/);
    expect(table).not.toMatch(/null|January/);
  });

  describe('refuses a bad field with exit 1, one line naming its option, and writes nothing', () => {
    test.each([
      [{ episodes: 'twelve' }, '--episodes must be a whole number from 1 to 999'],
      [{ episodes: '0' }, '--episodes must be a whole number from 1 to 999'],
      [{ episodes: '1000' }, '--episodes must be a whole number from 1 to 999'],
      [{ episodes: '12.5' }, '--episodes must be a whole number from 1 to 999'],
      [{ title: null }, '--title is required'],
      [{ title: '  ' }, '--title is required'],
      [{ title: 'x'.repeat(201) }, '--title must be at most 200 characters'],
      [{ genre: ['Romance', 'romance'] }, '--genre lists the same genre twice'],
      [{ aired: 'March 2024' }, '--aired must be a year and month written YYYY-MM, or a year alone'],
      [{ aired: '2024-13' }, '--aired month must be a whole number from 1 to 12'],
      [{ aired: '1850-01' }, '--aired year must be a whole number from 1900 to 2100'],
      [{ aired: '24' }, '--aired must be a year and month written YYYY-MM, or a year alone'],
      [{ 'episode-minutes': '0' }, '--episode-minutes must be a whole number from 1 to 600'],
      [{ 'episode-minutes': 'an hour' }, '--episode-minutes must be a whole number from 1 to 600'],
      [{ status: 'binged' }, '--status must be one of plan-to-watch, watching, on-hold, dropped, completed'],
    ])('%j → %s', async (change, message) => {
      const { cli, db } = workspace();
      const run = await cli('add', ...addArgs(change));
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(expectOneLine(run.stderr)).toBe(message);
      expect(existsSync(db)).toBe(false);
    });

    test('into an existing journal, which keeps exactly what it had', async () => {
      const { cli } = workspace();
      await cli('add', ...addArgs());
      const before = await cli('list', '--json');
      const run = await cli('add', ...addArgs({ title: 'Another', episodes: '-3' }));
      expect(run.code).toBe(1);
      expect(expectOneLine(run.stderr)).toBe('--episodes must be a whole number from 1 to 999');
      expect(await cli('list', '--json')).toEqual(before);
    });
  });

  describe('a command line it cannot read is a usage error: exit 2, one line with a hint, nothing written', () => {
    test.each([
      [['--rating', 'A'], "unknown option --rating. Run 'dramalog add --help' for usage."],
      [['--json'], "unknown option --json. Run 'dramalog add --help' for usage."],
      [['-t', 'x'], "unknown option -t. Run 'dramalog add --help' for usage."],
      [['--title'], "--title needs a value (--title T). Run 'dramalog add --help' for usage."],
      [['--title', '--native-title', 'K'], "--title needs a value (--title T). Run 'dramalog add --help' for usage."],
      [['--title', 'Again'], "--title was given more than once. Run 'dramalog add --help' for usage."],
      [['extra'], "unexpected argument 'extra'. Run 'dramalog add --help' for usage."],
      [['--db'], "--db needs a value (--db PATH). Run 'dramalog add --help' for usage."],
    ])('%j', async (extra, message) => {
      const { cli, db } = workspace();
      const run = await cli('add', ...addArgs(), ...extra);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(expectOneLine(run.stderr)).toBe(message);
      expect(existsSync(db)).toBe(false);
    });
  });
});
