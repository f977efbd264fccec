import { describe, expect, test } from 'vitest';
import type { Drama, Note } from '../../../src-main/core/common/model';
import { drama, ok, useJournal } from './fixtures';

async function setup() {
  const t = useJournal();
  await ok<Drama>(t.dispatch('dramas.create', drama({ episodes: 16 })));
  return t;
}

describe('notes', () => {
  test('on the whole drama or on one episode, listed drama notes first, then by episode', async () => {
    const { dispatch, journal } = await setup();
    const late = await ok<Note>(dispatch('notes.add', { dramaId: 1, episode: 16, text: 'The finale.' }));
    await ok(dispatch('notes.add', { dramaId: 1, episode: 1, text: 'Pilot: slow start.' }));
    await ok(dispatch('notes.add', { dramaId: 1, episode: null, text: '  전체적으로 좋았다.  ' }));
    expect(late).toMatchObject({ id: 1, dramaId: 1, episode: 16, text: 'The finale.' });
    expect(journal.dramas.get(1).notes.map((n) => [n.episode, n.text])).toEqual([
      [null, '전체적으로 좋았다.'],
      [1, 'Pilot: slow start.'],
      [16, 'The finale.'],
    ]);
  });

  test('episodes must be within the drama: 1 to its episode count', async () => {
    const { dispatch, journal } = await setup();
    expect(await dispatch('notes.add', { dramaId: 1, episode: 17, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: "episode must be from 1 to 16, the drama's episode count" },
    });
    expect(await dispatch('notes.add', { dramaId: 1, episode: 0, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'episode must be a whole number from 1 to 999' },
    });
    expect(await dispatch('notes.add', { dramaId: 1, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'episode is required' },
    });
    expect(journal.dramas.get(1).notes).toEqual([]);
  });

  test('the episode count cannot go below an episode that has notes, and then nothing changes', async () => {
    const { dispatch, journal } = await setup();
    await ok(dispatch('notes.add', { dramaId: 1, episode: 14, text: 'The twist.' }));
    await ok(dispatch('notes.add', { dramaId: 1, episode: 16, text: 'The finale.' }));
    await ok(dispatch('notes.add', { dramaId: 1, episode: 16, text: 'The last scene.' }));
    const before = journal.dramas.get(1);
    expect(await dispatch('dramas.update', { id: 1, episodes: 12 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'episodes cannot go down to 12: there are notes on episodes 14 and 16; delete those notes first, or keep 16 episodes' },
    });
    expect(await dispatch('dramas.update', { id: 1, episodes: 15 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'episodes cannot go down to 15: there are notes on episode 16; delete those notes first, or keep 16 episodes' },
    });
    expect(journal.dramas.get(1)).toEqual(before);
    // Down to the last episode with a note is fine.
    journal.notes.delete(2);
    journal.notes.delete(3);
    expect((await ok<Drama>(dispatch('dramas.update', { id: 1, episodes: 14 }))).episodes).toBe(14);
  });

  test('an empty note or a note on a missing drama is refused', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('notes.add', { dramaId: 1, episode: null, text: ' \n ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'note is required' },
    });
    expect(await dispatch('notes.add', { dramaId: 9, episode: null, text: 'x' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That drama is not in your journal; it may have been deleted.' },
    });
  });

  test('editing changes the text and the updated time only', async () => {
    const { dispatch } = await setup();
    const note = await ok<Note>(dispatch('notes.add', { dramaId: 1, episode: 2, text: 'first thought' }));
    const edited = await ok<Note>(dispatch('notes.update', { id: note.id, text: 'second thought' }));
    expect(edited).toEqual({ ...note, text: 'second thought', updatedAt: edited.updatedAt });
    expect(edited.updatedAt > note.updatedAt).toBe(true);
    expect(await dispatch('notes.update', { id: 99, text: 'x' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That note is not in your journal; it may have been deleted.' },
    });
  });

  test('deleting removes just that note', async () => {
    const { dispatch, journal } = await setup();
    const a = await ok<Note>(dispatch('notes.add', { dramaId: 1, episode: null, text: 'a' }));
    await ok(dispatch('notes.add', { dramaId: 1, episode: null, text: 'b' }));
    expect(await dispatch('notes.delete', { id: a.id })).toEqual({ ok: true, value: { undoToken: expect.any(String) } });
    expect(journal.dramas.get(1).notes.map((n) => n.text)).toEqual(['b']);
    expect(await dispatch('notes.delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
