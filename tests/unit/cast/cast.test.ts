import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatch, type Dispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import type { CastMember } from '../../../src-main/core/common/model';
import { openTempJournal, sampleDrama } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';

let journal: Journal;
let dispatch: Dispatch;
let cleanup = () => {};
beforeEach(() => {
  const temp = openTempJournal();
  journal = temp.journal;
  cleanup = temp.cleanup;
  dispatch = createDispatch(createHandlers(journal), () => {});
});
afterEach(() => cleanup());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const answer = await dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

async function refused(channel: string, input: unknown) {
  const before = snapshot(journal.db);
  const answer = await dispatch(channel, input);
  expect(snapshot(journal.db)).toEqual(before);
  if (answer.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  return answer.error;
}

const names = (members: CastMember[]) => members.map((m) => `${m.position}:${m.actor}`);

async function drama(title = sampleDrama.title): Promise<number> {
  return (await call<{ id: number }>('dramas.create', { ...sampleDrama, title })).id;
}

describe('a drama’s cast', () => {
  test('members are added in order, lead or support (support unless said), with or without a character', async () => {
    const id = await drama();
    const lead = await call<CastMember>('cast.add', { dramaId: id, actor: 'Keum Sae Rok', character: 'Do Hyeon Seo', role: 'lead' });
    expect(lead).toEqual({ id: lead.id, dramaId: id, actor: 'Keum Sae Rok', character: 'Do Hyeon Seo', role: 'lead', position: 1 });
    await call('cast.add', { dramaId: id, actor: 'Choi E Jun' });
    await call('cast.add', { dramaId: id, actor: 'Kim Yun Seul', character: '' });
    const cast = await call<CastMember[]>('cast.list', { dramaId: id });
    expect(cast.map((m) => [m.actor, m.character, m.role, m.position])).toEqual([
      ['Keum Sae Rok', 'Do Hyeon Seo', 'lead', 1],
      ['Choi E Jun', null, 'support', 2],
      ['Kim Yun Seul', null, 'support', 3],
    ]);
  });

  test('inserting at a position, moving and deleting keep positions 1, 2, 3 … with no gaps', async () => {
    const id = await drama();
    const a = await call<CastMember>('cast.add', { dramaId: id, actor: 'Actor One' });
    const b = await call<CastMember>('cast.add', { dramaId: id, actor: 'Actor Two' });
    await call('cast.add', { dramaId: id, actor: 'Actor Three' });
    await call('cast.add', { dramaId: id, actor: 'Actor Zero', position: 1 });
    expect(names(journal.cast.list(id))).toEqual(['1:Actor Zero', '2:Actor One', '3:Actor Two', '4:Actor Three']);
    await call('cast.update', { id: a.id, position: 4 });
    expect(names(journal.cast.list(id))).toEqual(['1:Actor Zero', '2:Actor Two', '3:Actor Three', '4:Actor One']);
    await call('cast.update', { id: a.id, position: 99 });
    expect(names(journal.cast.list(id))).toEqual(['1:Actor Zero', '2:Actor Two', '3:Actor Three', '4:Actor One']);
    await call('cast.update', { id: a.id, position: 1, role: 'lead', character: 'Hero' });
    expect(names(journal.cast.list(id))).toEqual(['1:Actor One', '2:Actor Zero', '3:Actor Two', '4:Actor Three']);
    expect(journal.cast.get(a.id)).toMatchObject({ role: 'lead', character: 'Hero' });
    await call('cast.delete', { id: b.id });
    expect(names(journal.cast.list(id))).toEqual(['1:Actor One', '2:Actor Zero', '3:Actor Three']);
  });

  test('confirmed suggestions go in together, at the end', async () => {
    const id = await drama();
    await call('cast.add', { dramaId: id, actor: 'First Actor Here' });
    const added = await call<CastMember[]>('cast.addMany', {
      dramaId: id,
      members: [
        { actor: 'Keum Sae Rok', character: 'Do Hyeon Seo', role: 'lead' },
        { actor: 'Noh Sang Hyun', character: 'Ji Su Ho', role: 'lead' },
      ],
    });
    expect(added.map((m) => m.position)).toEqual([2, 3]);
  });

  test('the same actor in the same part twice is refused, naming both; nothing changes', async () => {
    const id = await drama('Soundtrack #2');
    await call('cast.add', { dramaId: id, actor: 'Keum Sae Rok', character: 'Do Hyeon Seo' });
    expect(await refused('cast.add', { dramaId: id, actor: 'keum sae rok', character: 'do hyeon seo' })).toEqual({
      code: 'conflict',
      message: 'keum sae rok is already in the cast of Soundtrack #2 as do hyeon seo',
    });
    // A batch with a repeat inside changes nothing at all.
    expect(
      await refused('cast.addMany', { dramaId: id, members: [{ actor: 'New Person Here' }, { actor: 'Keum Sae Rok', character: 'Do Hyeon Seo' }] }),
    ).toMatchObject({ code: 'conflict' });
    // The same through the core directly, with no transaction around the call.
    const before = snapshot(journal.db);
    expect(() =>
      journal.cast.addMany({ dramaId: id, members: [{ actor: 'New Person Here' }, { actor: 'Keum Sae Rok', character: 'Do Hyeon Seo' }] }),
    ).toThrow(/already in the cast/);
    expect(snapshot(journal.db)).toEqual(before);
  });

  test('bad input is refused with a message naming the field, and changes nothing', async () => {
    const id = await drama();
    const cases: [string, unknown, string][] = [
      ['cast.add', { dramaId: id }, 'actor is required'],
      ['cast.add', { dramaId: id, actor: '   ' }, 'actor is required'],
      ['cast.add', { dramaId: id, actor: 'x'.repeat(101) }, 'actor must be at most 100 characters'],
      ['cast.add', { dramaId: id, actor: 'A B', role: 'hero' }, 'role must be one of lead, support'],
      ['cast.add', { dramaId: id, actor: 'A B', position: 0 }, 'position must be a whole number from 1 to 999'],
      ['cast.add', { dramaId: id, actor: 'A B', billing: 1 }, 'unexpected field billing'],
      ['cast.add', 'Keum Sae Rok', 'a cast member must be an object with the drama id and the actor'],
      ['cast.update', { actor: 'A B' }, 'id is required'],
      ['cast.update', { id: 1, character: 5 }, 'character must be text of at most 100 characters'],
      ['cast.addMany', { dramaId: id, members: [] }, 'members needs at least one cast member'],
      ['cast.list', {}, 'drama is required'],
      ['cast.suggest', { dramaId: 'one' }, `drama must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`],
      ['actors.get', { name: '' }, 'actor is required'],
      ['actors.list', { all: true }, 'unexpected field all'],
    ];
    for (const [channel, input, message] of cases) {
      expect(await refused(channel, input), `${channel} ${JSON.stringify(input)}`).toMatchObject({ code: 'invalid-input', message });
    }
    expect(await refused('cast.add', { dramaId: 999, actor: 'A B' })).toEqual({ code: 'not-found', message: 'That drama is not in your journal; it may have been deleted.' });
    expect(await refused('cast.delete', { id: 999 })).toEqual({ code: 'not-found', message: 'That cast member is no longer in the cast; they may have been removed.' });
  });

  test('deleting the drama deletes its cast', async () => {
    const id = await drama();
    await call('cast.add', { dramaId: id, actor: 'Keum Sae Rok' });
    await call('dramas.delete', { id });
    expect(journal.db.prepare('SELECT count(*) FROM cast_members').pluck().get()).toBe(0);
  });
});

describe('actors', () => {
  test('an actor lists every drama with them, newest first, with grades, and an average grade', async () => {
    const soundtrack = await call<{ id: number }>('dramas.create', { ...sampleDrama, title: 'Soundtrack #2', aired: { year: 2023, month: 12 } });
    const curtain = await call<{ id: number }>('dramas.create', { ...sampleDrama, title: 'Curtain Call', aired: { year: 2022, month: 10 } });
    const other = await call<{ id: number }>('dramas.create', { ...sampleDrama, title: 'Other', aired: { year: 2024, month: 1 } });
    const review = { reviewer: { name: 'Jill', location: 'USA' }, intro: [], story: [], closing: [], state: 'draft' };
    await call('reviews.save', { ...review, dramaId: soundtrack.id, grade: 'B+' });
    await call('reviews.save', { ...review, dramaId: curtain.id, grade: 'A' });
    await call('cast.add', { dramaId: soundtrack.id, actor: 'Noh Sang Hyun', character: 'Ji Su Ho', role: 'lead' });
    await call('cast.add', { dramaId: curtain.id, actor: 'noh sang hyun', character: 'Ri Moon Sung' });
    await call('cast.add', { dramaId: other.id, actor: 'Keum Sae Rok' });

    const actor = await call<{ name: string; credits: unknown[]; averageGrade: unknown }>('actors.get', { name: 'NOH SANG HYUN' });
    expect(actor).toEqual({
      name: 'Noh Sang Hyun',
      credits: [
        expect.objectContaining({ dramaId: soundtrack.id, title: 'Soundtrack #2', grade: 'B+', character: 'Ji Su Ho', role: 'lead', aired: { year: 2023, month: 12 } }),
        expect.objectContaining({ dramaId: curtain.id, title: 'Curtain Call', grade: 'A', character: 'Ri Moon Sung', role: 'support' }),
      ],
      averageGrade: { value: 3.65, grade: 'A-', count: 2 },
    });
    expect(await call('actors.list', {})).toEqual([
      { name: 'Keum Sae Rok', dramas: 1, leadRoles: 0 },
      { name: 'Noh Sang Hyun', dramas: 2, leadRoles: 1 },
    ]);
    expect(await refused('actors.get', { name: 'Nobody Here' })).toEqual({
      code: 'not-found',
      message: 'no drama in the journal lists Nobody Here in its cast',
    });
  });
});

describe('the cast.suggest channel', () => {
  test('reads the drama’s review and leaves out actors already in its cast', async () => {
    const id = await drama('Soundtrack #2');
    expect(await call('cast.suggest', { dramaId: id })).toEqual([]);
    await call('reviews.save', {
      dramaId: id,
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['The male lead Noh Sang Hyun was great.'],
      story: ['Do Hyeon Seo (Keum Sae Rok) teaches Ji Su Ho (Noh Sang Hyun).'],
      closing: [],
      state: 'final',
    });
    await call('cast.add', { dramaId: id, actor: 'Keum Sae Rok', character: 'Do Hyeon Seo' });
    expect(await call('cast.suggest', { dramaId: id })).toEqual([
      { actor: 'Noh Sang Hyun', character: 'Ji Su Ho', role: 'lead', otherDramas: [], mention: 'Ji Su Ho (Noh Sang Hyun)' },
    ]);
    expect(await refused('cast.suggest', { dramaId: 999 })).toMatchObject({ code: 'not-found' });
  });
});
