import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { headlessHost, type Host, type OpenFileRequest } from '../../../src-main/core/ipc/host';
import type { Review, ReviewSaveInput, StoredPicture } from '../../../src-main/core/common/model';
import { pictureTypeOf } from '../../../src-main/core/common/picture-file';
import { mediaDirFor } from '../../../src-main/core/pictures/picture-store';
import { sampleDrama } from '../../support/temp-journal';
import { ok, useJournal } from '../core/fixtures';
import { snapshot } from '../core/journal-snapshot';

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

/** A journal whose file dialog answers with the paths the test queues (none queued: the user cancels). */
function setup() {
  const t = useJournal();
  const answers: string[][] = [];
  const folders: string[] = [];
  const asked: OpenFileRequest[] = [];
  const host: Host = {
    ...headlessHost,
    chooseFiles: async (request) => (asked.push(request), answers.shift() ?? []),
    chooseFolder: async () => folders.shift() ?? null,
  };
  const dispatch = createDispatch(createHandlers(t.journal, host), (error) => {
    throw error;
  });
  const drama = t.journal.dramas.create(sampleDrama);
  const outside = join(t.dir, 'elsewhere');
  mkdirSync(outside);
  /** Writes a file outside the journal and makes it the dialog's next answer. */
  const choose = (name: string, bytes: Buffer | string) => {
    const path = join(outside, name);
    writeFileSync(path, bytes);
    answers.push([path]);
    return path;
  };
  const add = (section: 'intro' | 'story' | 'closing' = 'story', afterParagraph = 0) =>
    dispatch('pictures.add', { dramaId: drama.id, section, afterParagraph });
  return { ...t, dispatch, drama, outside, answers, folders, asked, choose, add, media: mediaDirFor(t.path) };
}

const review = (dramaId: number, change: Partial<ReviewSaveInput> = {}): ReviewSaveInput => ({
  dramaId,
  grade: 'B+',
  reviewer: { name: 'Jill', location: 'USA' },
  intro: ['Intro one.'],
  story: ['Story one.', 'Story two.', 'Story three.'],
  closing: ['The end.'],
  state: 'draft',
  ...change,
});

describe('adding a picture', () => {
  test('the chosen file is copied into the media folder beside the journal, named by its content', async () => {
    const t = setup();
    const source = t.choose('still from episode 3.png', PNG);
    const picture = await ok<StoredPicture>(t.add('story', 2));
    expect(picture).toEqual({ file: expect.stringMatching(/^[0-9a-f]{64}\.png$/), alt: '', section: 'story', afterParagraph: 2 });
    expect(t.asked).toEqual([
      { title: 'Choose a picture for the review', filters: [{ name: 'Pictures', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'] }] },
    ]);
    expect(t.media).toBe(join(t.dir, 'journal.media'));
    expect(readdirSync(t.media)).toEqual([picture.file]);
    expect(readFileSync(join(t.media, picture.file))).toEqual(PNG);

    // The original may vanish: the journal keeps its own copy.
    rmSync(source);
    const read = await ok<{ dataUrl: string }>(t.dispatch('pictures.read', { file: picture.file }));
    expect(read.dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
  });

  test('the same picture added twice is kept once; its type comes from its bytes, not its name', async () => {
    const t = setup();
    t.choose('a.png', PNG);
    t.choose('copy.jpeg', PNG);
    const first = await ok<StoredPicture>(t.add());
    const second = await ok<StoredPicture>(t.add());
    expect(second.file).toBe(first.file);
    expect(first.file.endsWith('.png')).toBe(true);
    expect(readdirSync(t.media)).toEqual([first.file]);
  });

  test('cancelling the dialog adds nothing', async () => {
    const t = setup();
    expect(await t.add('closing', 0)).toEqual({ ok: false, error: { code: 'cancelled', message: 'no picture was chosen' } });
    expect(existsSync(t.media)).toBe(false);
  });

  test('a file that is not a picture, or cannot be read, is refused in plain words and nothing is written', async () => {
    const t = setup();
    t.choose('notes.png', 'not really a picture');
    t.answers.push([join(t.outside, 'gone.png')]);
    const before = snapshot(t.journal.db);
    expect(await t.add()).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'notes.png is not a picture Dramalog can use: choose a PNG, JPEG, GIF, WebP or AVIF file' },
    });
    expect(await t.add()).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: `the picture ${join(t.outside, 'gone.png')} cannot be read: ENOENT` },
    });
    expect(existsSync(t.media)).toBe(false);
    expect(snapshot(t.journal.db)).toEqual(before);
  });

  test('a drama that does not exist is refused before any dialog opens', async () => {
    const t = setup();
    t.choose('a.png', PNG);
    expect(await t.dispatch('pictures.add', { dramaId: 99, section: 'story', afterParagraph: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(t.asked).toEqual([]);
  });

  test('reading a picture that is not in the media folder is not found', async () => {
    const t = setup();
    expect(await t.dispatch('pictures.read', { file: `${'b'.repeat(64)}.png` })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('pictures are recognised by their first bytes', () => {
    expect(pictureTypeOf(PNG)).toBe('png');
    expect(pictureTypeOf(JPEG)).toBe('jpg');
    expect(pictureTypeOf(Buffer.from('GIF89a......'))).toBe('gif');
    expect(pictureTypeOf(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(pictureTypeOf(Buffer.from('\0\0\0\x1cftypavif'))).toBe('avif');
    expect(pictureTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('pictures in a review', () => {
  async function withPicture() {
    const t = setup();
    t.choose('still.png', PNG);
    const picture = await ok<StoredPicture>(t.add('story', 1));
    return { ...t, picture };
  }

  test('are saved with the review, in order, and come back with it', async () => {
    const t = await withPicture();
    const pictures = [
      { ...t.picture, alt: 'Two friends on a ferry at dusk' },
      { ...t.picture, alt: 'The same still, at the end', section: 'closing' as const, afterParagraph: 1 },
    ];
    const saved = await ok<Review>(t.dispatch('reviews.save', review(t.drama.id, { pictures })));
    expect(saved.pictures).toEqual(pictures);
    expect(t.journal.dramas.get(t.drama.id).review?.pictures).toEqual(pictures);
    expect(t.journal.revisions.get(t.journal.revisions.list(t.drama.id)[0]!.id).content.pictures).toEqual(pictures);
  });

  test('a picture placed past the end of its section is refused and nothing changes', async () => {
    const t = await withPicture();
    const before = snapshot(t.journal.db);
    expect(await t.dispatch('reviews.save', review(t.drama.id, { pictures: [{ ...t.picture, afterParagraph: 4 }] }))).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'picture 1 is placed after paragraph 4, but the story has 3 paragraphs; a picture goes after paragraph 0 to 3',
        field: 'pictures.afterParagraph',
      },
    });
    expect(snapshot(t.journal.db)).toEqual(before);
  });

  test('a review cannot be final while a picture has no alt text', async () => {
    const t = await withPicture();
    const before = snapshot(t.journal.db);
    expect(await t.dispatch('reviews.save', review(t.drama.id, { state: 'final', pictures: [{ ...t.picture, alt: '  ' }] }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'alt text is required before a review can be final: picture 1 (in the story) has none' },
    });
    expect(snapshot(t.journal.db)).toEqual(before);
    expect((await t.dispatch('reviews.save', review(t.drama.id, { state: 'final', pictures: [{ ...t.picture, alt: 'A ferry' }] }))).ok).toBe(true);
  });

  test('a save that leaves pictures out keeps them, inside sections that shrank', async () => {
    const t = await withPicture();
    await ok(t.dispatch('reviews.save', review(t.drama.id, { pictures: [{ ...t.picture, alt: 'A ferry', afterParagraph: 3 }] })));
    const saved = await ok<Review>(t.dispatch('reviews.save', review(t.drama.id, { story: ['Only one paragraph now.'] })));
    expect(saved.pictures).toEqual([{ ...t.picture, alt: 'A ferry', afterParagraph: 1 }]);
  });

  test('are exported: the site makes each picture for the web in images/ and shows it with its alt text', async () => {
    const t = await withPicture();
    await ok(
      t.dispatch('reviews.save', review(t.drama.id, { state: 'final', pictures: [{ ...t.picture, alt: 'Two friends on a ferry at dusk' }] })),
    );
    const site = join(t.dir, 'site');
    t.folders.push(site);
    await ok(t.dispatch('site.export', {}));
    // A one-pixel PNG, never enlarged: one width, as PNG (its own format) and WebP.
    const images = readdirSync(join(site, 'images')).sort();
    expect(images.map((name) => name.replace(/^[0-9a-f]{32}/, 'HASH'))).toEqual(['HASH-1.png', 'HASH-1.webp']);
    expect(readFileSync(join(site, 'images', images[0]!)).subarray(0, 8)).toEqual(PNG.subarray(0, 8));
    const pages = readdirSync(join(site, 'reviews'));
    const page = readFileSync(join(site, 'reviews', pages[0]!), 'utf8');
    expect(page).toContain(`<source type="image/webp" srcSet="../images/${images[1]} 1w"`);
    expect(page).toMatch(new RegExp(`<img src="\\.\\./images/${images[0]}"[^>]* width="1" height="1" alt="Two friends on a ferry at dusk"`));
    // Between the first and second story paragraphs.
    expect(page.indexOf('Story one.')).toBeLessThan(page.indexOf('<img'));
    expect(page.indexOf('<img')).toBeLessThan(page.indexOf('Story two.'));
  });
});
