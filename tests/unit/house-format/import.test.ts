import { afterEach, describe, expect, test } from 'vitest';
import { toPublicDrama } from '../../../src-main/core/dramas/public-json';
import { importReview, previewImport } from '../../../src-main/core/house-format/import';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { openTempJournal } from '../../support/temp-journal';

let cleanup = () => {};
afterEach(() => cleanup());

function journal(): Journal {
  const t = openTempJournal();
  cleanup = t.cleanup;
  return t.journal;
}

/** Everything a user could see in the journal, to show that a refusal changed nothing. */
function contents(j: Journal) {
  return { dramas: j.dramas.all().map((d) => toPublicDrama(d, j.diary.history(d.id))), settings: j.settings.get() };
}

const reference = () => readReference();
const referenceWith = (n: number, text: string) => {
  const lines = reference().split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
};

test('an imported review is a completed drama with every episode watched and a final review', () => {
  const j = journal();
  const result = importReview(j, reference());
  expect(result).toEqual({ status: 'created', dramaId: 1, title: 'Soundtrack #2' });
  const shown = toPublicDrama(j.dramas.get(result.dramaId), j.diary.history(result.dramaId));
  const parsed = previewImport(reference());
  expect(shown).toMatchObject({
    title: 'Soundtrack #2',
    nativeTitle: '사운드트랙 #2',
    platforms: ['Disney+', 'Hulu'],
    aired: { year: 2023, month: 12 },
    episodes: 6,
    genres: ['Romance', 'Music'],
    watch: { status: 'completed', episodesWatched: 6 },
    review: {
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: parsed.intro,
      story: parsed.story,
      closing: parsed.closing,
      state: 'final',
    },
  });
});

test('the same review again (same title and air date) is skipped; with replace it overwrites the drama in place', () => {
  const j = journal();
  const first = importReview(j, readFixture('winter-letters.txt'));
  j.notes.add({ dramaId: first.dramaId, episode: 3, text: 'the letter scene' });
  const before = contents(j);
  expect(importReview(j, readFixture('winter-letters.txt'))).toEqual({ status: 'skipped', dramaId: first.dramaId, title: 'Winter Letters' });
  expect(contents(j)).toEqual(before);

  const edited = readFixture('winter-letters.txt').replace('Grade: A-', 'Grade: A').replace('WINTER', 'winter');
  const replaced = importReview(j, edited.replace('Winter Letters\n', 'winter letters\n'), { replace: true });
  expect(replaced).toEqual({ status: 'replaced', dramaId: first.dramaId, title: 'winter letters' });
  const drama = j.dramas.get(first.dramaId);
  expect(drama.review?.grade).toBe('A');
  expect(drama.notes.map((n) => n.text)).toEqual(['the letter scene']);
  expect(j.dramas.list()).toHaveLength(1);
});

test('a different air date is a different drama', () => {
  const j = journal();
  importReview(j, reference());
  const remake = importReview(j, referenceWith(7, 'Disney+ / Hulu (Dec. 2025) 6 Episodes'));
  expect(remake.status).toBe('created');
  expect(j.dramas.list()).toHaveLength(2);
});

describe('malformed files are refused with the line named, and nothing is saved', () => {
  const lines = () => reference().split('\n');
  test.each([
    ['missing title', () => lines().filter((_, i) => i !== 4).join('\n'), /^line 5: expected the drama's English title/],
    ['bad grade', () => referenceWith(8, 'Romance, Music, Grade: Q'), /^line 8: "Grade: Q" is not a grade/],
    ['bad release line', () => referenceWith(7, 'Disney+ / Hulu 2023'), /^line 7: expected a release line like/],
    ['empty body', () => [...lines().slice(0, 11), '', '', ...lines().slice(lines().indexOf('~~~~~~~~~~'))].join('\n'), /^line 12: expected the review text/],
  ])('%s', (_name, text, message) => {
    const j = journal();
    importReview(j, readFixture('night-market.txt'));
    const before = contents(j);
    expect(() => importReview(j, text())).toThrow(message);
    expect(contents(j)).toEqual(before);
  });

  test('a file that parses but breaks the journal’s rules (a 61-character genre) is refused before any write', () => {
    const j = journal();
    const before = contents(j);
    expect(() => importReview(j, referenceWith(8, `Romance, ${'x'.repeat(61)}, Grade: B`))).toThrow(/^line 8: the genre "x+…" is longer than 60 characters$/);
    expect(contents(j)).toEqual(before);
  });
});

describe('IPC channels', () => {
  test('import.preview shows the parsed fields and whether the drama is already in the journal, saving nothing', async () => {
    const j = journal();
    const dispatch = createDispatch(createHandlers(j));
    const answer = await dispatch('import.preview', { text: reference() });
    expect(answer).toMatchObject({ ok: true, value: { existingDramaId: null, review: { title: 'Soundtrack #2', grade: 'B+', closing: [expect.stringMatching(/^One thing/)] } } });
    expect(j.dramas.list()).toEqual([]);
    await dispatch('import.save', { text: reference() });
    expect(await dispatch('import.preview', { text: reference() })).toMatchObject({ ok: true, value: { existingDramaId: 1 } });
  });

  test('import.preview refuses a malformed text as invalid input naming the line', async () => {
    const dispatch = createDispatch(createHandlers(journal()));
    expect(await dispatch('import.preview', { text: referenceWith(8, 'Romance, Grade: Z') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'line 8: "Grade: Z" is not a grade; expected one of A+ A A- B+ B B- C+ C C- D+ D D- F', line: 8 },
    });
  });

  test('import.save creates, skips, and replaces when asked', async () => {
    const j = journal();
    const dispatch = createDispatch(createHandlers(j));
    expect(await dispatch('import.save', { text: reference() })).toEqual({ ok: true, value: { status: 'created', dramaId: 1, title: 'Soundtrack #2' } });
    expect(await dispatch('import.save', { text: reference() })).toMatchObject({ ok: true, value: { status: 'skipped' } });
    expect(await dispatch('import.save', { text: reference(), replace: true })).toMatchObject({ ok: true, value: { status: 'replaced', dramaId: 1 } });
  });

  test.for([
    ['import.preview', null, 'expected an object with the text'],
    ['import.preview', {}, 'text is required'],
    ['import.preview', { text: 5 }, 'text must be the review as plain text'],
    ['import.preview', { text: 'x', extra: 1 }, 'unexpected field extra'],
    ['import.save', { text: 'x'.repeat(2_000_001) }, 'text must be at most 2000000 characters'],
    ['import.save', { text: 'x', replace: 'yes' }, 'replace must be true or false'],
    ['site.export', { outDir: '/tmp/x' }, 'unexpected field outDir'],
    ['site.export', { dramaId: 0 }, 'drama must be a whole number from 1 to 9007199254740991'],
    ['site.export', { includeDrafts: 1 }, 'include drafts must be true or false'],
  ] as const)('%s refuses bad input #%#', async ([channel, input, message]) => {
    const dispatch = createDispatch(createHandlers(journal()));
    expect(await dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
  });
});
