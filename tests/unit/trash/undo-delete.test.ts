/**
 * Undo of a delete: dramas.delete, notes.delete and cast.delete answer a token, and
 * trash.restore with it puts back exactly what went, with the same ids: the journal's
 * dump after the restore is the dump from before the delete, byte for byte.
 */
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { Drama, Note, CastMember } from '../../../src-main/core/common/model';
import { setCover } from '../../../src-main/core/covers/set-cover';
import { buildDump, serializeDump } from '../../../src-main/core/transfer/dump';
import type { Journal } from '../../../src-main/core/journal';
import { drama, ok, review, useJournal } from '../core/fixtures';

const dumpOf = (journal: Journal) => serializeDump(buildDump(journal).dump);

async function poster(): Promise<Buffer> {
  const raw = Buffer.alloc(60 * 90 * 3, 120);
  return sharp(raw, { raw: { width: 60, height: 90, channels: 3 } }).png().toBuffer();
}

/** Two dramas, the first with everything a drama can hold. */
async function fullJournal() {
  const t = useJournal();
  const first = await ok<Drama>(t.dispatch('dramas.create', drama({ watch: { status: 'completed', startedOn: '2024-01-02', finishedOn: '2024-02-03' } })));
  const other = await ok<Drama>(t.dispatch('dramas.create', drama({ title: 'Another one' })));
  await ok(t.dispatch('reviews.save', { ...review(), state: 'draft', grade: 'B' }));
  await ok(t.dispatch('reviews.save', review()));
  await ok(t.dispatch('notes.add', { dramaId: first.id, episode: 2, text: 'The bridge scene.' }));
  await ok(t.dispatch('notes.add', { dramaId: first.id, episode: null, text: 'Rewatch soon.' }));
  await ok(t.dispatch('cast.addMany', { dramaId: first.id, members: [{ actor: 'Kim Soo Hyun', role: 'lead' }, { actor: 'Kim Ji Won', role: 'lead' }, { actor: 'Park Sung Hoon' }] }));
  await ok(t.dispatch('diary.logWatch', { dramaId: first.id, finishedOn: '2025-02-14', rewatch: true, note: 'Better the second time' }));
  await ok(t.dispatch('watch.nextEpisode', { id: other.id }));
  const list = await ok<{ id: number }>(t.dispatch('lists.create', { name: 'Comfort rewatches' }));
  await ok(t.dispatch('lists.add', { listId: list.id, dramaId: other.id }));
  await ok(t.dispatch('lists.add', { listId: list.id, dramaId: first.id, note: 'For rainy days' }));
  await setCover(t.journal, first.id, await poster(), 'poster.png');
  return { ...t, first, other };
}

describe('undo of a delete', () => {
  test('a drama comes back with its review, revisions, notes, cast, cover, diary and list places, the dump as before', async () => {
    const { dispatch, journal, first } = await fullJournal();
    const before = dumpOf(journal);
    const { undoToken } = await ok<{ undoToken: string }>(dispatch('dramas.delete', { id: first.id }));
    expect(dumpOf(journal)).not.toEqual(before);
    expect(await dispatch('dramas.get', { id: first.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    expect(await ok(dispatch('trash.restore', { undoToken }))).toEqual({ kind: 'drama', dramaId: first.id });
    expect(dumpOf(journal)).toBe(before);
    expect(journal.covers.get(first.id)).not.toBeNull();
    // The search index knows it again (the restore re-indexes in the same transaction).
    const hits = await ok<{ dramaId: number }[]>(dispatch('search.query', { text: 'Soo Hyun' }));
    expect(JSON.stringify(hits)).toContain(`"dramaId":${first.id}`);
  });

  test('a note comes back with its id, text, episode and times', async () => {
    const { dispatch, journal, first } = await fullJournal();
    const before = dumpOf(journal);
    const note = journal.dramas.get(first.id).notes.find((n: Note) => n.episode === 2)!;
    const { undoToken } = await ok<{ undoToken: string }>(dispatch('notes.delete', { id: note.id }));
    expect(journal.dramas.get(first.id).notes.map((n) => n.id)).not.toContain(note.id);
    expect(await ok(dispatch('trash.restore', { undoToken }))).toEqual({ kind: 'note', dramaId: first.id });
    expect(dumpOf(journal)).toBe(before);
  });

  test('a cast member goes back to their place, the ones after moving down again', async () => {
    const { dispatch, journal, first } = await fullJournal();
    const before = dumpOf(journal);
    const middle = (await ok<CastMember[]>(dispatch('cast.list', { dramaId: first.id })))[1];
    const { undoToken } = await ok<{ undoToken: string }>(dispatch('cast.delete', { id: middle.id }));
    expect((await ok<CastMember[]>(dispatch('cast.list', { dramaId: first.id }))).map((m) => m.actor)).toEqual(['Kim Soo Hyun', 'Park Sung Hoon']);
    await ok(dispatch('trash.restore', { undoToken }));
    expect((await ok<CastMember[]>(dispatch('cast.list', { dramaId: first.id }))).map((m) => [m.actor, m.position])).toEqual([
      ['Kim Soo Hyun', 1],
      ['Kim Ji Won', 2],
      ['Park Sung Hoon', 3],
    ]);
    expect(dumpOf(journal)).toBe(before);
  });

  test('a token works once; an unknown one is refused in plain words and changes nothing', async () => {
    const { dispatch, journal, other } = await fullJournal();
    const { undoToken } = await ok<{ undoToken: string }>(dispatch('dramas.delete', { id: other.id }));
    await ok(dispatch('trash.restore', { undoToken }));
    const before = dumpOf(journal);
    expect(await dispatch('trash.restore', { undoToken })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That deletion can no longer be undone.' },
    });
    expect(dumpOf(journal)).toBe(before);
  });

  test('when the journal has changed in the way (a new drama took the id), the restore is refused and changes nothing', async () => {
    const { dispatch, journal, other } = await fullJournal();
    const { undoToken } = await ok<{ undoToken: string }>(dispatch('dramas.delete', { id: other.id }));
    const taken = await ok<Drama>(dispatch('dramas.create', drama({ title: 'Newcomer' })));
    expect(taken.id).toBe(other.id);
    const before = dumpOf(journal);
    expect(await dispatch('trash.restore', { undoToken })).toEqual({
      ok: false,
      error: { code: 'conflict', message: '“Another one” cannot be brought back: the journal has changed since it was deleted.' },
    });
    expect(dumpOf(journal)).toBe(before);
  });
});
