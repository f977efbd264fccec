import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { prepareCover } from '../../../src-main/core/covers/cover-image';
import { storeCoverFiles } from '../../../src-main/core/covers/set-cover';
import { toPublicDrama } from '../../../src-main/core/dramas/public-json';
import { openJournal, type Journal } from '../../../src-main/core/journal';
import { dump, buildDump } from '../../../src-main/core/transfer/dump';
import { load } from '../../../src-main/core/transfer/load';
import { steppingClock, tempDir } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';

let dir: string;
const journals: Journal[] = [];
let removeDir = () => {};
beforeEach(() => {
  const temp = tempDir();
  dir = temp.dir;
  removeDir = temp.cleanup;
});
afterEach(() => {
  while (journals.length) journals.pop()!.close();
  removeDir();
});

/** Two minutes per reading: every save is a revision of its own. */
function slowClock(start = '2026-01-02T03:04:05.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date((t += 120_000)) };
}

/** A real poster-shaped PNG (a gradient, so it does not compress to nothing), read and resized as any new cover is. */
const COVER_PNG = await (() => {
  const [width, height] = [60, 90];
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 1) raw[i] = (i * 7) % 251;
  return sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer();
})();
const coverPrepared = await prepareCover(COVER_PNG, 'poster.png');

/** The first bytes of a PNG are all the journal looks at. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);

function newJournal(name: string, start?: string): Journal {
  const journal = openJournal(join(dir, name), { clock: start ? steppingClock(start) : slowClock() });
  journals.push(journal);
  return journal;
}

/** A journal using every kind of data a dump must carry. */
function fullJournal(): Journal {
  const journal = newJournal('source.sqlite');
  journal.transaction(() => {
    journal.settings.update({ siteTitle: 'My K-Drama Notes', reviewerName: 'Jill', reviewerLocation: 'USA', siteUrl: 'https://example.com/kdrama', theme: 'dark', onboarded: true });
    const soundtrack = journal.dramas.create({
      title: 'Soundtrack #2',
      nativeTitle: '사운드트랙 #2',
      platforms: ['Disney+', 'Hulu'],
      aired: { year: 2023, month: 12 },
      episodes: 6,
      genres: ['Romance', 'Music'],
      episodeMinutes: 50,
      watch: { status: 'completed', startedOn: '2024-12-01', finishedOn: '2024-12-20', rewatches: 2 },
    });
    const text = {
      dramaId: soundtrack.id,
      grade: 'B+' as const,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['I must admit it took me over a year… “curly quotes”, & < > and 한글.'],
      story: ['Do Hyeon Seo (Keum Sae Rok) graduated.', 'Ji Su Ho (Noh Sang Hyun) became a CEO.'],
      closing: ['Keep an eye out for that camerawork!'],
      state: 'final' as const,
    };
    journal.reviews.save({ ...text, grade: 'B', state: 'draft' });
    writeFileSync(join(dir, 'still.png'), PNG);
    const file = journal.pictures.importFile(join(dir, 'still.png'));
    journal.reviews.save({ ...text, pictures: [{ file, alt: 'Hyeon Seo at the piano', section: 'story', afterParagraph: 1 }] });
    const [first] = journal.revisions.list(soundtrack.id).slice(-1);
    journal.reviews.save({ ...text, grade: 'B', state: 'draft', pictures: [] }, undefined, { restoredFrom: first.id });
    journal.reviews.save({ ...text, pictures: [{ file, alt: 'Hyeon Seo at the piano', section: 'story', afterParagraph: 1 }] });
    journal.notes.add({ dramaId: soundtrack.id, episode: 3, text: 'the duet scene' });
    journal.notes.add({ dramaId: soundtrack.id, episode: null, text: 'rewatch with subtitles\nsecond line' });
    journal.cast.addMany({
      dramaId: soundtrack.id,
      members: [
        { actor: 'Keum Sae Rok', character: 'Do Hyeon Seo', role: 'lead' },
        { actor: 'Noh Sang Hyun', character: 'Ji Su Ho', role: 'lead' },
        { actor: 'Choi E Jun', character: null },
      ],
    });
    const deleted = journal.dramas.create({ title: 'Gone', nativeTitle: '사라짐', platforms: ['KBS2'], aired: { year: 2020, month: 1 }, episodes: 1, genres: ['X'] });
    const planned = journal.dramas.create({
      title: 'Tears of War',
      nativeTitle: '눈물의 <전쟁>',
      platforms: ['tvN'],
      aired: { year: 2022, month: 4 },
      episodes: 16,
      genres: ['War'],
    });
    journal.dramas.delete(deleted.id); // ids need not be contiguous
    journal.reviews.save({ dramaId: planned.id, grade: null, reviewer: { name: '', location: '' }, intro: [], story: ['Half a thought.'], closing: [], state: 'draft' });
    const ferry = journal.dramas.create({ title: 'Moonlit Ferry', nativeTitle: '달빛 나루', platforms: ['Netflix'], aired: { year: 2024, month: 3 }, episodes: 12, genres: ['Mystery'], watch: { status: 'dropped', episodesWatched: 4 } });
    const comfort = journal.lists.create({ name: 'Comfort rewatches', description: 'For rainy days.', public: true });
    for (const dramaId of [soundtrack.id, planned.id, ferry.id]) journal.lists.add({ listId: comfort.id, dramaId });
    const moved = journal.lists.move({ itemId: journal.lists.get(comfort.id).items[2].id, position: 1 });
    journal.lists.setNote({ itemId: moved.items[1].id, note: 'The duet, episode 3.' });
    journal.lists.create({ name: 'Someday' });
    journal.diary.logWatch({ dramaId: soundtrack.id, finishedOn: '2025-08-09', rewatch: true, note: 'Cried at the duet again' });
    journal.dramas.nextEpisode(planned.id);
    journal.diary.logEpisode(planned.id, 2, '2026-01-05', 'A-');
    journal.covers.put(soundtrack.id, storeCoverFiles(journal, coverPrepared));
  });
  return journal;
}

describe('dump', () => {
  test('writes the whole journal: the public shape of each drama plus times, episode length, cast, pictures and revisions', () => {
    const journal = fullJournal();
    const file = join(dir, 'out', 'journal.json');
    expect(dump(journal, file)).toEqual({ file, dramas: 3, pictures: 1 });
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(written)).toEqual(['format', 'version', 'settings', 'dramas', 'lists']);
    expect(written).toMatchObject({
      format: 'dramalog-journal',
      version: 1,
      settings: { siteTitle: 'My K-Drama Notes', reviewerName: 'Jill', reviewerLocation: 'USA', siteUrl: 'https://example.com/kdrama', theme: 'dark', onboarded: true },
    });
    const [soundtrack] = written.dramas;
    const publicShape = toPublicDrama(journal.dramas.get(soundtrack.id), journal.diary.history(soundtrack.id));
    expect(soundtrack).toMatchObject({ ...publicShape, review: { ...publicShape.review } });
    expect(soundtrack).toMatchObject({
      episodeMinutes: 50,
      cast: [
        { actor: 'Keum Sae Rok', character: 'Do Hyeon Seo', role: 'lead' },
        { actor: 'Noh Sang Hyun', character: 'Ji Su Ho', role: 'lead' },
        { actor: 'Choi E Jun', character: null, role: 'support' },
      ],
      createdAt: expect.stringMatching(/^2026-01-02T/),
      review: {
        pictures: [{ file: expect.stringMatching(/^journal-pictures\/[0-9a-f]{64}\.png$/), alt: 'Hyeon Seo at the piano', section: 'story', afterParagraph: 1 }],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
    expect(soundtrack.revisions.map((r: { restoredFrom: number | null; content: { grade: string } }) => [r.restoredFrom, r.content.grade])).toEqual([
      [null, 'B'],
      [null, 'B+'],
      [1, 'B'],
      [null, 'B+'],
    ]);
    // The picture file is beside the JSON, under the name the journal keeps it by.
    expect(readFileSync(join(dir, 'out', soundtrack.review.pictures[0].file))).toEqual(PNG);
    expect(written.dramas.map((d: { id: number }) => d.id)).toEqual([1, 3, 4]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['journal-pictures', 'journal.json']);
    // The cover travels inside the JSON: the picture as given, its type and length; the others have none.
    expect(soundtrack.cover).toEqual({ type: 'image/png', size: COVER_PNG.length, addedAt: journal.covers.get(1)!.addedAt, data: COVER_PNG.toString('base64') });
    expect(Object.keys(soundtrack).at(-1)).toBe('cover');
    expect(written.dramas.slice(1).map((d: { cover: unknown }) => d.cover)).toEqual([null, null]);
  });

  test('is deterministic: the same journal gives the same bytes, with no time stamp unless asked', () => {
    const journal = fullJournal();
    dump(journal, join(dir, 'a', 'journal.json'));
    dump(journal, join(dir, 'b', 'journal.json'));
    expect(readFileSync(join(dir, 'a', 'journal.json'), 'utf8')).toBe(readFileSync(join(dir, 'b', 'journal.json'), 'utf8'));
    expect(buildDump(journal, { exportedAt: '2026-02-03T04:05:06.000Z' }).dump.exportedAt).toBe('2026-02-03T04:05:06.000Z');
  });

  test('refuses to write over the journal itself', () => {
    const journal = fullJournal();
    expect(() => dump(journal, journal.path)).toThrow('the dump cannot overwrite the journal itself');
  });
});

describe('load', () => {
  test('the round trip loses nothing: dump, load into a new journal, dump again gives the same file', async () => {
    const source = fullJournal();
    const first = join(dir, 'first', 'journal.json');
    dump(source, first);
    const target = newJournal('target.sqlite', '2030-01-01T00:00:00.000Z');
    expect(await load(target, first)).toEqual({ dramas: 3 });
    const second = join(dir, 'second', 'journal.json');
    dump(target, second);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect(target.dramas.all()).toEqual(source.dramas.all());
    expect(target.revisions.list(1)).toEqual(source.revisions.list(1));
    expect(target.pictures.dataUrl(target.dramas.get(1).review!.pictures[0].file)).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(target.cast.list(1).map(({ id: _id, ...m }) => m)).toEqual(source.cast.list(1).map(({ id: _id, ...m }) => m));
    expect(target.lists.all()).toEqual(source.lists.all());
    const comfort = target.lists.get(1);
    // An item's id is the journal's own; the dump keeps the order instead.
    const withoutItemIds = ({ items, ...list }: ReturnType<Journal['lists']['get']>) => ({ ...list, items: items.map(({ id: _id, ...item }) => item) });
    expect(withoutItemIds(comfort)).toEqual(withoutItemIds(source.lists.get(1)));
    expect(comfort.public).toBe(true);
    expect(comfort.items.map((i) => [i.title, i.note])).toEqual([
      ['Moonlit Ferry', ''],
      ['Soundtrack #2', 'The duet, episode 3.'],
      ['Tears of War', ''],
    ]);
    expect(target.diary.entries(1).map((e) => [e.finishedOn, e.rewatch, e.note])).toEqual([
      [null, true, null],
      [null, true, null],
      ['2024-12-20', false, null],
      ['2025-08-09', true, 'Cried at the duet again'],
    ]);
    expect(target.dramas.get(1).watch.rewatches).toBe(3);
    // The cover is back, its picture byte for byte and its sizes made again, in the new journal's media folder.
    const cover = target.covers.get(1)!;
    expect(cover).toEqual(source.covers.get(1));
    expect(readFileSync(target.pictures.pathOf(cover.file))).toEqual(COVER_PNG);
    expect(target.pictures.dataUrl(cover.thumbFile)).toBe(source.pictures.dataUrl(source.covers.get(1)!.thumbFile));
    expect(target.covers.get(3)).toBeNull();
    expect(target.diary.episodeLog(3)).toEqual([
      { episode: 1, watchedOn: '2026-01-02', grade: null },
      { episode: 2, watchedOn: '2026-01-05', grade: 'A-' },
    ]);
  });

  test('a dump from before lists loads, with no lists', async () => {
    dump(fullJournal(), join(dir, 'd.json'));
    const { lists: _lists, ...older } = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'));
    writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
    const target = newJournal('target.sqlite');
    expect(await load(target, join(dir, 'older.json'))).toEqual({ dramas: 3 });
    expect(target.lists.all()).toEqual([]);
  });

  test('a dump from before covers loads, with no covers', async () => {
    dump(fullJournal(), join(dir, 'd.json'));
    const older = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'));
    for (const drama of older.dramas) delete drama.cover;
    writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
    const target = newJournal('target.sqlite');
    expect(await load(target, join(dir, 'older.json'))).toEqual({ dramas: 3 });
    expect(target.covers.files()).toEqual([]);
  });

  test('a broken cover refuses the whole dump, naming the drama, and writes nothing, not even a picture', async () => {
    dump(fullJournal(), join(dir, 'd.json'));
    const spoiled = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'));
    const broken = COVER_PNG.subarray(0, 120);
    spoiled.dramas[0].cover = { ...spoiled.dramas[0].cover, size: broken.length, data: broken.toString('base64') };
    writeFileSync(join(dir, 'spoiled.json'), JSON.stringify(spoiled));
    const target = newJournal('target.sqlite');
    const before = snapshot(target.db);
    await expect(load(target, join(dir, 'spoiled.json'))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('dramas[0] ("Soundtrack #2").cover: the cover of Soundtrack #2 cannot be read as a picture (the file may be damaged or cut short)'),
    });
    expect(snapshot(target.db)).toEqual(before);
    expect(existsSync(target.pictures.dir) ? readdirSync(target.pictures.dir) : []).toEqual([]);
  });

  test('a dump made before the diary loads with its watch records as the diary', async () => {
    const source = fullJournal();
    const file = join(dir, 'old.json');
    dump(source, file);
    const old = JSON.parse(readFileSync(file, 'utf8'));
    for (const drama of old.dramas) {
      delete drama.diary;
      delete drama.episodeLog;
    }
    writeFileSync(file, JSON.stringify(old));
    const target = newJournal('target.sqlite');
    await load(target, file);
    expect(target.dramas.get(1).watch).toEqual(source.dramas.get(1).watch);
    expect(target.diary.entries(1).filter((e) => e.rewatch)).toHaveLength(3);
    expect(target.diary.entries(1).at(-1)).toMatchObject({ finishedOn: '2025-08-09', status: 'completed' });
  });

  test('the loaded journal is searchable straight away', async () => {
    dump(fullJournal(), join(dir, 'd.json'));
    const target = newJournal('target.sqlite');
    await load(target, join(dir, 'd.json'));
    expect(target.search.search({ text: '전쟁' }).map((r) => r.title)).toEqual(['Tears of War']);
    expect(target.search.search({ text: 'keum' }).map((r) => r.title)).toEqual(['Soundtrack #2']);
  });

  test('refuses a journal that already holds dramas, and leaves it unchanged', async () => {
    const source = fullJournal();
    dump(source, join(dir, 'd.json'));
    const before = snapshot(source.db);
    await expect(load(source, join(dir, 'd.json'))).rejects.toThrow(
      `the journal at ${source.path} already holds 3 dramas: a dump is restored into an empty journal only. Nothing was loaded.`,
    );
    expect(snapshot(source.db)).toEqual(before);
  });

  describe('refuses a bad file with the record, the field and the reason, and loads nothing', () => {
    let good: { dramas: Record<string, unknown>[] } & Record<string, unknown>;
    beforeEach(() => {
      dump(fullJournal(), join(dir, 'journal.json'));
      good = JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8'));
    });
    const cover = (d: typeof good) => d.dramas[0].cover as Record<string, unknown>;
    const review = (d: typeof good) => d.dramas[0].review as Record<string, unknown> & { pictures: Record<string, unknown>[] };

    const cases: [string, (dump: typeof good) => unknown, string][] = [
      ['not a dump at all', () => ({ hello: 'world' }), 'is not a Dramalog journal dump (it has no "format": "dramalog-journal")'],
      ['a dump without settings', (d) => (delete d.settings, d), 'settings is required'],
      ['another format', (d) => ({ ...d, format: 'something-else' }), 'is not a Dramalog journal dump (its format is "something-else")'],
      ['a newer dump', (d) => ({ ...d, version: 2 }), 'was written by a newer Dramalog (dump version 2; this Dramalog reads version 1)'],
      ['episodes out of range', (d) => (d.dramas[1].episodes = 0, d), 'dramas[1] ("Tears of War").episodes: episodes must be a whole number from 1 to 999'],
      ['a missing title', (d) => (delete d.dramas[2].title, d), 'dramas[2].title is required'],
      ['an unknown grade', (d) => ((d.dramas[0].review as Record<string, unknown>).grade = 'E', d), 'dramas[0] ("Soundtrack #2").review.grade: grade must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F'],
      ['a final review without a grade', (d) => ((d.dramas[0].review as Record<string, unknown>).grade = null, d), 'dramas[0] ("Soundtrack #2").review.grade: a final review needs a grade'],
      ['more episodes watched than the drama has', (d) => ((d.dramas[2].watch as Record<string, unknown>).episodesWatched = 13, d), "dramas[2] (\"Moonlit Ferry\").watch: episodes watched cannot be more than the drama's 12 episodes"],
      ['a note on an episode past the end', (d) => ((d.dramas[0].notes as Record<string, unknown>[])[0].episode = 7, d), "dramas[0] (\"Soundtrack #2\").notes[0].episode: episode must be from 1 to 6, the drama's episode count"],
      ['an unknown field', (d) => ((d.dramas[1] as Record<string, unknown>).rating = 5, d), 'dramas[1] ("Tears of War"): unexpected field rating'],
      ['a bad time', (d) => (d.dramas[1].createdAt = 'yesterday', d), 'dramas[1] ("Tears of War").createdAt: createdAt must be a time written like 2026-01-02T03:04:05.000Z'],
      ['a cast role that does not exist', (d) => ((d.dramas[0].cast as Record<string, unknown>[])[0].role = 'cameo', d), 'dramas[0] ("Soundtrack #2").cast[0].role: role must be one of lead, support'],
      ['a repeated drama id', (d) => (d.dramas[2].id = 1, d), 'dramas[2] ("Moonlit Ferry").id: drama id 1 is used twice'],
      ['a repeated note id', (d) => ((d.dramas[0].notes as Record<string, unknown>[])[1].id = (d.dramas[0].notes as Record<string, unknown>[])[0].id, d), 'dramas[0] ("Soundtrack #2").notes[1].id: note id 2 is used twice'],
      ['a bad setting', (d) => ((d.settings as Record<string, unknown>).theme = 'neon', d), 'settings.theme: theme must be one of system, light, dark'],
      ['a picture outside the dump folder', (d) => ((review(d).pictures[0].file = '../secret.jpg'), d), 'dramas[0] ("Soundtrack #2").review.pictures[0].file: file must be a path inside the folder beside the dump, written with / and without ..'],
      ['a picture file that is not there', (d) => ((review(d).pictures[0].file = `journal-pictures/${'0'.repeat(64)}.png`), d), `dramas[0] ("Soundtrack #2").review.pictures[0].file: journal-pictures/${'0'.repeat(64)}.png is not in`],
      ['a picture past the end of its section', (d) => ((review(d).pictures[0].afterParagraph = 9), d), 'dramas[0] ("Soundtrack #2").review: picture 1 is placed after paragraph 9, but the story has 2 paragraphs'],
      ['a final review with a picture without alt text', (d) => ((review(d).pictures[0].alt = ''), d), 'dramas[0] ("Soundtrack #2").review: alt text is required before a review can be final'],
      ['a revision restored from one that is not there', (d) => (((d.dramas[0].revisions as Record<string, unknown>[])[2].restoredFrom = 99), d), 'dramas[0] ("Soundtrack #2").revisions[2].restoredFrom: revision 99 is not an earlier revision in the dump'],
      ['a revision with an unknown grade', (d) => (((d.dramas[0].revisions as { content: Record<string, unknown> }[])[0].content.grade = 'Z'), d), 'dramas[0] ("Soundtrack #2").revisions[0].content.grade: grade must be one of'],
      ['a list holding a drama the dump lacks', (d) => (((d.lists as { items: { dramaId: number }[] }[])[0].items[0].dramaId = 2), d), 'lists[0] ("Comfort rewatches").items[0].dramaId: drama 2 is not in the dump'],
      ['a list holding a drama twice', (d) => (((d.lists as { items: { dramaId: number }[] }[])[0].items[1].dramaId = 4), d), 'lists[0] ("Comfort rewatches").items[1].dramaId: drama 4 is in the list twice'],
      ['two lists of one name', (d) => (((d.lists as { name: string }[])[1].name = 'COMFORT REWATCHES'), d), 'lists[1] ("COMFORT REWATCHES").name: the name COMFORT REWATCHES is used by lists[0] ("Comfort rewatches") too'],
      ['a list without a name', (d) => (((d.lists as { name: string }[])[1].name = ''), d), 'lists[1] ("").name: name is required'],
      ['a list public flag that is not true or false', (d) => (((d.lists as { public: unknown }[])[0].public = 'yes'), d), 'lists[0] ("Comfort rewatches").public: public must be true or false'],
      ['a diary whose last entry is not the watch record', (d) => (((d.dramas[0].diary as Record<string, unknown>[]).at(-1)!.finishedOn = '2025-08-10'), d), 'dramas[0] ("Soundtrack #2").diary: its last entry must be the watch record'],
      ['a diary with fewer rewatches than counted', (d) => (((d.dramas[0].diary as Record<string, unknown>[])[1].rewatch = false), d), 'dramas[0] ("Soundtrack #2").diary: it holds 2 rewatches, but watch.rewatches says 3'],
      ['a cover cut short', (d) => ((cover(d).data = COVER_PNG.subarray(0, 200).toString('base64')), d), `dramas[0] ("Soundtrack #2").cover.data: the picture is 200 bytes long, not ${COVER_PNG.length}: it was cut short or changed after the dump`],
      ['a cover that is not a picture', (d) => (Object.assign(cover(d), { data: Buffer.from('<svg/>').toString('base64'), size: 6 }), d), 'dramas[0] ("Soundtrack #2").cover: the cover of Soundtrack #2 is not a picture Dramalog can use'],
      ['a cover of another type than it says', (d) => ((cover(d).type = 'image/jpeg'), d), 'dramas[0] ("Soundtrack #2").cover.type: the picture is image/png, not image/jpeg'],
      ['a cover type Dramalog does not keep', (d) => ((cover(d).type = 'image/svg+xml'), d), 'dramas[0] ("Soundtrack #2").cover.type: type must be one of image/png, image/jpeg, image/gif, image/webp, image/avif'],
      ['a cover that is not base64', (d) => ((cover(d).data = 'not base64!'), d), 'dramas[0] ("Soundtrack #2").cover.data: data must be the picture as base64 text'],
      ['an episode logged past the end', (d) => (((d.dramas[1].episodeLog as Record<string, unknown>[])[0].episode = 17), d), 'dramas[1] ("Tears of War").episodeLog[0].episode: episode must be from 1 to 16'],
    ];

    test.each(cases)('%s', async (_name, spoil, message) => {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify(spoil(structuredClone(good))));
      const target = newJournal('target.sqlite');
      const before = snapshot(target.db);
      await expect(load(target, file)).rejects.toThrow(message);
      expect(snapshot(target.db)).toEqual(before);
    });

    test('a file that is not JSON is refused with the line', async () => {
      const file = join(dir, 'broken.json');
      writeFileSync(file, '{\n  "format": "dramalog-journal",\n  "version": 1,\n  oops\n}');
      const target = newJournal('target.sqlite');
      await expect(load(target, file)).rejects.toThrow(/is not a Dramalog journal dump: it is not valid JSON \(line 4: /);
    });
  });
});

describe('fields not known yet', () => {
  test('a drama with only its title is dumped with nulls and loads back with nulls', async () => {
    const source = newJournal('source.sqlite');
    const added = source.dramas.create({ title: 'Someday Maybe', aired: { year: 2025, month: null } });
    const file = join(dir, 'dump', 'journal.json');
    dump(source, file);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { dramas: Record<string, unknown>[] };
    expect(written.dramas[0]).toMatchObject({ nativeTitle: null, platforms: [], aired: { year: 2025, month: null }, episodes: null, genres: [] });
    const target = newJournal('target.sqlite');
    expect(await load(target, file)).toEqual({ dramas: 1 });
    expect(target.dramas.get(added.id)).toMatchObject({ title: 'Someday Maybe', nativeTitle: null, aired: { year: 2025, month: null }, episodes: null });
  });
});
