import { afterEach, expect, test } from 'vitest';
import { z } from 'zod';
import { reads, runDeclared, headlessContext, writes } from '../../../src-main/core/ipc/channel';
import { CHANNEL_NAMES, CHANNELS, gatherChannels } from '../../../src-main/core/ipc/channels';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { openTempJournal, sampleDrama } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';

let cleanup = () => {};
afterEach(() => cleanup());

function journal() {
  const t = openTempJournal();
  cleanup = t.cleanup;
  return t.journal;
}

test('the name list is exactly the declared channels, each once, in the domain.action form', () => {
  expect(CHANNEL_NAMES).toEqual(Object.keys(CHANNELS));
  expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
  for (const name of CHANNEL_NAMES) expect(typeof CHANNELS[name].run, name).toBe('function');
});

test('a channel declared in two domains is refused when the declarations are gathered', () => {
  const one = { 'dramas.get': reads(z.undefined(), () => 1) };
  const other = { 'dramas.get': reads(z.undefined(), () => 2) };
  expect(() => gatherChannels([one, other])).toThrow('the channel dramas.get is declared twice');
});

test('a writing channel runs in one transaction: when it fails part-way, nothing it wrote is kept', async () => {
  const j = journal();
  const before = snapshot(j.db);
  const createThenFail = writes(z.object({ title: z.string() }), ({ title }, { journal }) => {
    journal.dramas.create({ ...sampleDrama, title });
    journal.dramas.create({ ...sampleDrama, title: `${title} 2` });
    throw new Error('the disk is full');
  });
  await expect(runDeclared(createThenFail, { title: 'Half written' }, headlessContext(j))).rejects.toThrow('the disk is full');
  expect(snapshot(j.db)).toEqual(before);
  expect(j.dramas.list()).toEqual([]);
});

test('a drama written through the dispatcher is found by search at once', async () => {
  const j = journal();
  const dispatch = createDispatch(createHandlers(j), () => {});
  await dispatch('dramas.create', { ...sampleDrama, title: 'Lighthouse Keeper' });
  const found = await dispatch('search.query', { text: 'lighthouse' });
  expect(found).toMatchObject({ ok: true, value: [{ title: 'Lighthouse Keeper' }] });
});

test('a refusal crosses the dispatcher as data: the field from the schema, unchanged through JSON', async () => {
  const dispatch = createDispatch(createHandlers(journal()), () => {});
  const cases: [string, unknown, object][] = [
    ['dramas.create', { ...sampleDrama, nativeTitle: '가'.repeat(201) }, { code: 'invalid-input', message: 'Korean title must be at most 200 characters', field: 'nativeTitle' }],
    ['dramas.create', { ...sampleDrama, aired: { year: 2024, month: 13 } }, { code: 'invalid-input', field: 'aired.month' }],
    ['dramas.create', { ...sampleDrama, genres: ['Romance', ''] }, { code: 'invalid-input', field: 'genres' }],
    ['dramas.create', { ...sampleDrama, watch: { status: 'binged' } }, { code: 'invalid-input', field: 'watch.status' }],
    ['settings.update', { siteUrl: 'ftp://x' }, { code: 'invalid-input', field: 'siteUrl' }],
  ];
  for (const [channel, input, expected] of cases) {
    const answer = await dispatch(channel, input);
    expect(JSON.parse(JSON.stringify(answer)), channel).toEqual(answer);
    expect(answer, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: expected });
    if (!answer.ok) expect(answer.error.message).not.toMatch(/nativeTitle|siteUrl|\baired\./);
  }
});

test('a house-format text that does not parse is refused with its line as data', async () => {
  const dispatch = createDispatch(createHandlers(journal()), () => {});
  const answer = await dispatch('import.preview', { text: 'Soundtrack #2\n사운드트랙 #2\nnot a release line' });
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', line: 3 } });
  expect(answer.ok ? null : answer.error.field).toBeUndefined();
});

test('a rule the core checks beyond the schema names its field too', async () => {
  const j = journal();
  const dispatch = createDispatch(createHandlers(j), () => {});
  const created = await dispatch('dramas.create', sampleDrama);
  const id = created.ok ? (created.value as { id: number }).id : 0;
  expect(await dispatch('watch.update', { id, episodesWatched: 99 })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', field: 'episodesWatched', message: "episodes watched cannot be more than the drama's 12 episodes" },
  });
  expect(await dispatch('reviews.save', {
    dramaId: id, grade: null, reviewer: { name: 'Jill', location: '' }, intro: [], story: [], closing: [], state: 'final',
  })).toMatchObject({ ok: false, error: { field: 'grade' } });
});

test('cancelling a dialog is one code everywhere: the cancelled error, never an empty answer', async () => {
  const dispatch = createDispatch(createHandlers(journal()), () => {});
  await dispatch('dramas.create', sampleDrama);
  for (const [channel, input] of [
    ['pictures.add', { dramaId: 1, section: 'story', afterParagraph: 0 }],
    ['import.chooseFiles', undefined],
    ['transfer.chooseCsv', undefined],
    ['journal.dump', undefined],
    ['journal.load', undefined],
    ['site.export', {}],
  ] as const) {
    expect(await dispatch(channel, input), channel).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  }
});
