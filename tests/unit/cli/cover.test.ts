import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { mediaDirFor } from '../../../src-main/core/pictures/picture-store';
import { addArgs, expectOneLine, workspace } from './harness';

const poster = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 120 } } }).jpeg().toBuffer();

async function withDrama() {
  const w = workspace();
  await w.cli('add', ...addArgs());
  return w;
}

describe('dramalog cover', () => {
  test('cover ID FILE sets the cover; show --json has its file and size; --remove takes it away', async () => {
    const { cli, dir, db } = await withDrama();
    writeFileSync(join(dir, 'poster.jpg'), await poster(400, 600));
    expect(JSON.parse((await cli('show', '1', '--json')).stdout).cover).toBeNull();

    const set = await cli('cover', '1', 'poster.jpg');
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const shown = JSON.parse((await cli('show', '1', '--json')).stdout).cover;
    expect(shown).toEqual({ file: expect.stringMatching(/^[0-9a-f]{64}\.jpg$/), width: 400, height: 600 });
    expect(set.stdout).toBe(`Moonlit Ferry has its cover: ${shown.file} (400×600)\n`);
    expect(readdirSync(mediaDirFor(db))).toContain(shown.file);
    expect(JSON.parse((await cli('list', '--json')).stdout)[0].cover).toEqual(shown);

    expect(await cli('cover', '1', '--remove')).toEqual({ code: 0, stdout: 'Removed the cover of Moonlit Ferry\n', stderr: '' });
    expect(JSON.parse((await cli('show', '1', '--json')).stdout).cover).toBeNull();
    expect((await cli('cover', '1', '--remove')).stdout).toBe('Moonlit Ferry has no cover\n');
  });

  test('a file that is not a readable picture is refused in one line and the cover stays', async () => {
    const { cli, dir } = await withDrama();
    writeFileSync(join(dir, 'poster.jpg'), await poster(400, 600));
    await cli('cover', '1', 'poster.jpg');
    const before = (await cli('show', '1', '--json')).stdout;
    writeFileSync(join(dir, 'notes.txt'), 'not a picture');
    writeFileSync(join(dir, 'cut.jpg'), (await poster(400, 600)).subarray(0, 300));

    const text = await cli('cover', '1', 'notes.txt');
    expect(text.code).toBe(1);
    expect(expectOneLine(text.stderr)).toBe('notes.txt is not a picture Dramalog can use: choose a PNG, JPEG, GIF, WebP or AVIF file');
    const cut = await cli('cover', '1', 'cut.jpg');
    expect(expectOneLine(cut.stderr)).toBe('cut.jpg cannot be read as a picture (the file may be damaged or cut short): choose another');
    const missing = await cli('cover', '1', 'gone.png');
    expect(expectOneLine(missing.stderr)).toMatch(/^the picture .*gone\.png cannot be read: ENOENT$/);
    expect((await cli('show', '1', '--json')).stdout).toBe(before);
  });

  test('usage: FILE or --remove, one of them; an unknown drama is refused', async () => {
    const { cli, dir } = await withDrama();
    writeFileSync(join(dir, 'poster.jpg'), await poster(40, 60));
    const neither = await cli('cover', '1');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('cover needs FILE (or --remove)');
    const both = await cli('cover', '1', 'poster.jpg', '--remove');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give either FILE or --remove, not both');
    const unknown = await cli('cover', '7', 'poster.jpg');
    expect(unknown.code).toBe(1);
    expect(expectOneLine(unknown.stderr)).toBe("There is no drama 7 in your journal; 'dramalog list' shows each drama's id.");
  });
});
