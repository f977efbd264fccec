/**
 * Every text that enters the journal refuses control characters other than tab
 * and newline (a CR is a line end and becomes one), naming the field, and changes
 * nothing. The rule lives once, in the shared text field (validation/fields.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDispatch, type Dispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import { readReference } from '../../fixtures/fixtures';
import { openTempJournal, sampleDrama } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';

let journal: Journal;
let dispatch: Dispatch;
let cleanup = () => {};
beforeAll(() => {
  const temp = openTempJournal();
  journal = temp.journal;
  cleanup = temp.cleanup;
  dispatch = createDispatch(createHandlers(journal), () => {});
  journal.transaction(() => {
    const drama = journal.dramas.create(sampleDrama);
    journal.notes.add({ dramaId: drama.id, episode: null, text: 'A note.' });
    journal.cast.add({ dramaId: drama.id, actor: 'Kim Soo-hyun' });
  });
});
afterAll(() => cleanup());

const review = { dramaId: 1, grade: 'A', reviewer: { name: 'Jill', location: 'USA' }, intro: ['Hello.'], story: [], closing: [], state: 'draft' };

/** A channel, an input holding `bad` in one text, and the field the refusal must name (its path without list positions, and its name in plain words in the message). */
const CHANNELS: [channel: string, input: (bad: string) => unknown, field: string, label: string][] = [
  ['dramas.create', (bad) => ({ ...sampleDrama, title: `Moon${bad}lit` }), 'title', 'English title'],
  ['dramas.create', (bad) => ({ ...sampleDrama, nativeTitle: `달빛${bad}` }), 'nativeTitle', 'Korean title'],
  ['dramas.create', (bad) => ({ ...sampleDrama, platforms: ['Netflix', `tv${bad}N`] }), 'platforms', 'platform'],
  ['dramas.create', (bad) => ({ ...sampleDrama, genres: [`Rom${bad}ance`] }), 'genres', 'genre'],
  ['dramas.update', (bad) => ({ id: 1, title: `${bad}x` }), 'title', 'English title'],
  ['dramas.list', (bad) => ({ text: `moon${bad}` }), 'text', 'search text'],
  ['dramas.list', (bad) => ({ genre: `Rom${bad}` }), 'genre', 'genre'],
  ['reviews.save', (bad) => ({ ...review, intro: ['Fine.', `Hel${bad}lo.`] }), 'intro', 'paragraph'],
  ['reviews.save', (bad) => ({ ...review, reviewer: { name: `Ji${bad}ll`, location: 'USA' } }), 'reviewer.name', 'reviewer name'],
  ['reviews.save', (bad) => ({ ...review, pictures: [{ file: `${'a'.repeat(64)}.png`, alt: `A ${bad}cat`, section: 'intro', afterParagraph: 0 }] }), 'pictures.alt', 'alt text'],
  ['notes.add', (bad) => ({ dramaId: 1, episode: null, text: `note${bad}` }), 'text', 'note'],
  ['notes.update', (bad) => ({ id: 1, text: `note${bad}` }), 'text', 'note'],
  ['settings.update', (bad) => ({ siteTitle: `My ${bad}site` }), 'siteTitle', 'site title'],
  ['settings.update', (bad) => ({ reviewerName: `Ji${bad}ll` }), 'reviewerName', 'reviewer name'],
  ['settings.update', (bad) => ({ siteUrl: `https://example.org/${bad}` }), 'siteUrl', 'site URL'],
  ['search.query', (bad) => ({ text: `moon${bad}` }), 'text', 'search text'],
  ['cast.add', (bad) => ({ dramaId: 1, actor: `Kim${bad}` }), 'actor', 'actor'],
  ['cast.add', (bad) => ({ dramaId: 1, actor: 'Kim', character: `Cha${bad}` }), 'character', 'character'],
  ['cast.update', (bad) => ({ id: 1, actor: `Kim${bad}` }), 'actor', 'actor'],
  ['cast.addMany', (bad) => ({ dramaId: 1, members: [{ actor: 'Kim' }, { actor: `Lee${bad}` }] }), 'members.actor', 'actor'],
  ['actors.get', (bad) => ({ name: `Kim${bad}` }), 'name', 'actor'],
];

/** NUL, a C0 control, escape, DEL and a C1 control. */
const CONTROLS: [string, string][] = [['\u0000', 'U+0000'], ['\u0001', 'U+0001'], ['\u001B', 'U+001B'], ['\u007F', 'U+007F'], ['\u0085', 'U+0085']];

describe.each(CONTROLS)('%j', (bad, written) => {
  test.each(CHANNELS)('%s refuses it in %s', async (channel, input, field, label) => {
    const before = snapshot(journal.db);
    expect(await dispatch(channel, input(bad))).toEqual({
      ok: false,
      error: { code: 'invalid-input', field, message: `${label} contains a control character (${written}); remove it` },
    });
    expect(snapshot(journal.db)).toEqual(before);
  });

  test('imports refuse it on the line it is on', async () => {
    const before = snapshot(journal.db);
    const text = readReference().replace('Soundtrack #2\n', `Soundtrack ${bad}#2\n`);
    const line = readReference().split('\n').indexOf('Soundtrack #2') + 1;
    for (const channel of ['import.preview', 'import.save']) {
      expect(await dispatch(channel, { text })).toEqual({
        ok: false,
        error: { code: 'invalid-input', line, message: `line ${line}: this line contains a control character (${written}); remove it` },
      });
    }
    const csv = `Title,Year,Status,Notes\r\nMoving,2023,Completed,\r\nMov${bad}ing,2023,Completed,\r\n`;
    const notes = `Title,Year,Status,Notes\r\nMoving,2023,Completed,Loved ${bad}it\r\n`;
    for (const channel of ['transfer.previewCsv', 'transfer.importCsv']) {
      expect(await dispatch(channel, { text: csv })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: `line 3: English title contains a control character (${written}); remove it` } });
      expect(await dispatch(channel, { text: notes })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: `line 2: note contains a control character (${written}); remove it` } });
    }
    expect(snapshot(journal.db)).toEqual(before);
  });
});

describe('what stays allowed', () => {
  test('tab and newline are kept; CR and CRLF become newlines', async () => {
    const answer = await dispatch('notes.add', { dramaId: 1, episode: 2, text: 'one\ttwo\r\nthree\rfour\nfive' });
    expect(answer).toMatchObject({ ok: true, value: { text: 'one\ttwo\nthree\nfour\nfive' } });
  });

  test('NUL in a search or a cast member is an answer, not an internal error', async () => {
    for (const [channel, input] of [['search.query', { text: '\u0000' }], ['cast.add', { dramaId: 1, actor: '\u0000' }], ['cast.update', { id: 1, character: '\u0000' }], ['cast.addMany', { dramaId: 1, members: [{ actor: '\u0000' }] }]] as const) {
      expect(await dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
