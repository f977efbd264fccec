/**
 * Covers: a real PNG and JPEG (made with sharp here) become the drama's cover,
 * kept in the media folder with a WebP web size and thumbnail; a file that is
 * not a readable picture is refused and changes nothing.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { THUMB_WIDTH, WEB_WIDTH } from '../../../src-main/core/covers/cover-image';
import { chooseCover, removeCover, setCover, setCoverFromFile } from '../../../src-main/core/covers/set-cover';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { mediaDirFor } from '../../../src-main/core/pictures/picture-store';
import { recordingHost } from '../interactive/recording-host';
import { drama, useJournal } from '../core/fixtures';
import { snapshot as journalSnapshot } from '../core/journal-snapshot';

/** A poster-shaped picture with a gradient, so it does not compress to nothing. */
async function poster(format: 'png' | 'jpeg', width = 600, height = 900): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([x % 256, y % 256, (x + y) % 256], (y * width + x) * 3);
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

function withDrama() {
  const t = useJournal();
  const { id } = t.journal.dramas.create(drama());
  const media = mediaDirFor(t.path);
  const mediaFiles = () => {
    try {
      return readdirSync(media).sort();
    } catch {
      return [];
    }
  };
  return { ...t, id, media, mediaFiles };
}

describe('a cover from a picture', () => {
  test('a PNG is kept as it is, with a WebP web size and thumbnail no wider than asked, and its size stored', async () => {
    const { journal, id, media, mediaFiles } = withDrama();
    const png = await poster('png', 1200, 1800);
    const cover = await setCover(journal, id, png, 'poster.png');
    expect(cover).toMatchObject({ width: 1200, height: 1800 });
    expect(cover.file).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(mediaFiles()).toEqual([cover.file, cover.webFile, cover.thumbFile].sort());

    const web = await sharp(join(media, cover.webFile)).metadata();
    const thumb = await sharp(join(media, cover.thumbFile)).metadata();
    expect([web.format, web.width, web.height]).toEqual(['webp', WEB_WIDTH, WEB_WIDTH * 1.5]);
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', THUMB_WIDTH, THUMB_WIDTH * 1.5]);
    expect(journal.covers.get(id)).toEqual(cover);
  });

  test('a small JPEG is never enlarged, and a picture turned by its EXIF orientation is stored upright', async () => {
    const { journal, id, media } = withDrama();
    const small = await setCover(journal, id, await poster('jpeg', 200, 300), 'small.jpg');
    expect(small.file).toMatch(/\.jpg$/);
    expect((await sharp(join(media, small.webFile)).metadata()).width).toBe(200);

    // Stored 900 wide and 600 high, marked "turn a quarter": a 600×900 poster as shown.
    const sideways = await sharp(await poster('jpeg', 900, 600)).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const upright = await setCover(journal, id, sideways, 'sideways.jpg');
    expect([upright.width, upright.height]).toEqual([600, 900]);
    const thumb = await sharp(join(media, upright.thumbFile)).metadata();
    expect(thumb.height! > thumb.width!).toBe(true);
  });

  test('a broken picture, a text file and an empty file are refused with a clear message and change nothing', async () => {
    const { journal, id, path, mediaFiles } = withDrama();
    const png = await poster('png');
    const before = journalSnapshot(journal.db);
    const cut = png.subarray(0, 200); // a PNG header with most of the picture missing
    await expect(setCover(journal, id, cut, 'cut.png')).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'cut.png cannot be read as a picture (the file may be damaged or cut short): choose another',
    });
    await expect(setCover(journal, id, Buffer.from('not a picture at all'), 'notes.txt')).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'notes.txt is not a picture Dramalog can use: choose a PNG, JPEG, GIF, WebP or AVIF file',
    });
    await expect(setCover(journal, id, Buffer.alloc(0), 'empty.png')).rejects.toMatchObject({ code: 'invalid-input' });
    const onDisk = join(path, '..', 'broken.jpg');
    writeFileSync(onDisk, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(64, 7)]));
    await expect(setCoverFromFile(journal, id, onDisk)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('broken.jpg cannot be read') });
    expect(journalSnapshot(journal.db)).toEqual(before);
    expect(journal.covers.get(id)).toBeNull();
    expect(mediaFiles()).toEqual([]);
  });

  test('a refused replacement keeps the cover the drama had', async () => {
    const { journal, id } = withDrama();
    const first = await setCover(journal, id, await poster('png'), 'poster.png');
    await expect(setCover(journal, id, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'x.png')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(journal.covers.get(id)).toEqual(first);
  });
});

describe('replacing and removing', () => {
  test('a new cover replaces the old; removing it leaves the drama as it was; old files wait for the sweep and then go', async () => {
    const { journal, id, mediaFiles } = withDrama();
    const first = await setCover(journal, id, await poster('png'), 'a.png');
    const second = await setCover(journal, id, await poster('jpeg'), 'b.jpg');
    expect(journal.covers.get(id)).toEqual(second);
    expect(mediaFiles()).toHaveLength(6);
    expect(journal.removeUnusedPictures(Date.now() + 2 * 86_400_000)).toBe(3);
    expect(mediaFiles()).toEqual([second.file, second.webFile, second.thumbFile].sort());
    expect(mediaFiles()).not.toContain(first.file);

    const title = journal.dramas.get(id).title;
    removeCover(journal, id);
    expect(journal.covers.get(id)).toBeNull();
    expect(journal.dramas.get(id).title).toBe(title);
    expect(mediaFiles()).toHaveLength(3); // still there until the sweep
  });

  test('deleting the drama deletes its cover', async () => {
    const { journal, id } = withDrama();
    await setCover(journal, id, await poster('png'), 'a.png');
    journal.dramas.delete(id);
    expect(journal.covers.files()).toEqual([]);
  });
});

describe('over IPC', () => {
  test('choosing a file through the Host, pasting bytes, thumbnails for the cards on screen, removing', async () => {
    const t = withDrama();
    const other = t.journal.dramas.create(drama({ title: 'No Cover' })).id;
    const file = join(t.path, '..', 'chosen.jpg');
    writeFileSync(file, await poster('jpeg'));
    const { host, asked } = recordingHost({ files: [file] });
    const dispatch = createDispatch(createHandlers(t.journal, host), () => {});

    const chosen = await dispatch('covers.choose', { dramaId: t.id });
    expect(asked).toMatchObject([{ title: 'Choose a cover for the drama' }]);
    expect(chosen).toMatchObject({ ok: true, value: { dramaId: t.id, width: 600, height: 900, dataUrl: expect.stringMatching(/^data:image\/webp;base64,/) } });

    const pasted = await dispatch('covers.paste', { dramaId: other, data: (await poster('png', 300, 450)).toString('base64') });
    expect(pasted).toMatchObject({ ok: true, value: { dramaId: other, width: 300, height: 450 } });
    const thumbs = await dispatch('covers.thumbs', { dramaIds: [t.id, other, 999] });
    expect(thumbs.ok && (thumbs.value as { dramaId: number }[]).map((p) => p.dramaId).sort()).toEqual([t.id, other].sort());

    const refused = await dispatch('covers.paste', { dramaId: other, data: Buffer.from('<svg/>').toString('base64') });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid-input', message: 'the pasted picture is not a picture Dramalog can use: choose a PNG, JPEG, GIF, WebP or AVIF file' } });
    expect(await dispatch('covers.get', { dramaId: other })).toMatchObject({ ok: true, value: { width: 300 } });

    expect(await dispatch('covers.remove', { dramaId: other })).toEqual({ ok: true, value: null });
    expect(await dispatch('covers.get', { dramaId: other })).toEqual({ ok: true, value: null });
    expect(await dispatch('covers.remove', { dramaId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  test('cancelling the file dialog answers cancelled, like every other dialog, and changes nothing', async () => {
    const t = withDrama();
    await expect(chooseCover(t.journal, recordingHost({ files: [] }).host, t.id)).rejects.toMatchObject({ code: 'cancelled' });
    expect(t.journal.covers.get(t.id)).toBeNull();
    const dispatch = createDispatch(createHandlers(t.journal, recordingHost({ files: [] }).host), () => {});
    expect(await dispatch('covers.choose', { dramaId: t.id })).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'no picture was chosen; the cover was left as it was' },
    });
    expect(t.journal.covers.get(t.id)).toBeNull();
  });
});
