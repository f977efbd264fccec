import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHANNEL_NAMES } from '../../../src-main/core/ipc/channels';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { readChosenText } from '../../../src-main/core/interactive/read-text-file';
import { MAX_IMPORT_TEXT } from '../../../src-main/core/common/validation/schemas';
import { sampleDrama } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';
import { bearer, call, OUTSIDE_TEXT, raw, useServer } from './http-harness';

const served = useServer({ maxBodyBytes: 64 * 1024 });

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('paths', () => {
  test('static paths that climb out of the renderer are not found, and nothing outside is read', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/linked.txt', // a symbolic link inside, pointing out
      '/%00/secret.txt',
      '/.hidden',
    ];
    for (const path of attempts) {
      const response = await raw(served, 'GET', path, bearer);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain(OUTSIDE_TEXT);
    }
  });

  test('pictures come only from the journal media folder, by their own kind of name', async () => {
    await call(served, 'dramas.create', sampleDrama);
    const file = served.journal.pictures.importFile(writePng());
    const picture = await raw(served, 'GET', `/media/${file}`, bearer);
    expect(picture.status).toBe(200);
    expect(picture.headers['content-type']).toBe('image/png');
    for (const path of ['/media/..%2fjournal.sqlite', '/media/../journal.sqlite', '/media/%2e%2e%2fsecret.txt', `/media/${'0'.repeat(64)}.png`, '/media/journal.sqlite']) {
      const response = await raw(served, 'GET', path, bearer);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain(OUTSIDE_TEXT);
      expect(response.body, path).not.toContain('SQLite format');
    }
  });
});

function writePng(): string {
  const path = join(served.dir, 'still.png');
  writeFileSync(path, PNG);
  return path;
}

describe('bodies', () => {
  test('a body over the limit is refused with 413, whether its length is announced or not, and changes nothing', async () => {
    const before = snapshot(served.journal.db);
    const big = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
    const announced = await raw(served, 'POST', '/api/import.save', { ...bearer, 'content-type': 'application/json' }, big);
    expect(announced.status).toBe(413);
    expect(JSON.parse(announced.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const chunked = await raw(served, 'POST', '/api/import.save', { ...bearer, 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, big);
    expect(chunked.status).toBe(413);
    expect(snapshot(served.journal.db)).toEqual(before);
  });

  test('a body that is not JSON is refused as such', async () => {
    const response = await raw(served, 'POST', '/api/dramas.list', { ...bearer, 'content-type': 'application/json' }, '{"sort":');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('every channel over HTTP refuses malformed input exactly as the dispatcher does', () => {
  const MALFORMED: unknown[] = [5, 'text', [], null, true, {}, { unexpected: 1 }, { id: 'one' }, { id: -1 }, { dramaId: 0 }, { text: 42 }];
  const direct = () => createDispatch(createHandlers(served.journal), () => {});
  test.each(CHANNEL_NAMES.map((c) => [c]))('%s', async (channel) => {
    const before = snapshot(served.journal.db);
    let compared = 0;
    for (const input of MALFORMED) {
      const expected = await direct()(channel, input);
      if (expected.ok) continue; // some inputs are well formed for a channel (null where it takes none)
      compared += 1;
      const { status, answer } = await call(served, channel, input);
      expect(status).toBe(200);
      expect(answer, `${channel} ${JSON.stringify(input)}`).toEqual(expected);
    }
    expect(compared).toBeGreaterThanOrEqual(5);
    expect(snapshot(served.journal.db)).toEqual(before);
  });

  test('an unknown channel is the dispatcher own refusal', async () => {
    const { answer } = await call(served, 'dramas.drop', { id: 1 });
    expect(answer).toEqual(await direct()('dramas.drop', { id: 1 }));
  });
});

describe('what the desktop asks with dialogs', () => {
  async function upload(channel: string, files: { name: string; body: Buffer | string }[], input?: unknown) {
    const form = new FormData();
    if (input !== undefined) form.set('input', JSON.stringify(input));
    for (const file of files) form.append('file', new Blob([typeof file.body === 'string' ? file.body : new Uint8Array(file.body)]), file.name);
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    const response = await raw(served, 'POST', `/api/${channel}`, { ...bearer, 'content-type': request.headers.get('content-type')! }, body);
    return { status: response.status, headers: response.headers, answer: JSON.parse(response.body) as { ok: boolean; value?: unknown; error?: unknown } };
  }

  test('review files arrive as uploads and get the same checks as files read from disk', async () => {
    const reference = readFileSync('/work/shared/fixtures/soundtrack-2.txt', 'utf8');
    const ok = await upload('import.chooseFiles', [{ name: 'soundtrack.txt', body: reference }]);
    expect(ok.answer).toEqual({ ok: true, value: { files: [{ name: 'soundtrack.txt', text: reference.replace(/^\uFEFF/, '') }] } });

    const notText = Buffer.from([0xff, 0xfe, 0x00, 0x41]);
    const onDisk = join(served.dir, 'binary.txt');
    writeFileSync(onDisk, notText);
    let diskError: unknown;
    try {
      readChosenText(onDisk, MAX_IMPORT_TEXT);
    } catch (error) {
      diskError = { code: (error as { code: string }).code, message: (error as Error).message };
    }
    expect((await upload('import.chooseFiles', [{ name: 'binary.txt', body: notText }])).answer).toEqual({ ok: false, error: diskError });
  });

  test('a file name cannot place the upload outside its folder', async () => {
    const { answer } = await upload('import.chooseFiles', [{ name: '../../escape.txt', body: 'Title' }]);
    expect(answer).toMatchObject({ ok: true, value: { files: [{ name: 'escape.txt' }] } });
  });

  test('no file sent is the dialog dismissed: cancelled, as on the desktop', async () => {
    expect((await upload('import.chooseFiles', [])).answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await upload('pictures.add', [], { dramaId: 1, section: 'story', afterParagraph: 0 })).answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  test('a picture arrives as an upload; a file that is not one is refused as from disk', async () => {
    const input = { dramaId: 1, section: 'story', afterParagraph: 0 };
    const added = await upload('pictures.add', [{ name: 'still.png', body: PNG }], input);
    expect(added.answer).toMatchObject({ ok: true, value: { file: expect.stringMatching(/^[0-9a-f]{64}\.png$/), alt: '' } });
    const refused = await upload('pictures.add', [{ name: 'notes.png', body: 'just text' }], input);
    expect(refused.answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  test('Export Journal is a download, fetched once', async () => {
    const { answer, headers } = await call(served, 'journal.dump', undefined, { 'x-dramalog-download': 'journal.zip' });
    expect(answer).toMatchObject({ ok: true, value: { dramas: 1 } });
    const url = String(headers['x-dramalog-download-url']);
    const file = await raw(served, 'GET', url, bearer);
    expect(file.status).toBe(200);
    expect(String(file.headers['content-disposition'])).toMatch(/attachment/);
    expect(file.body.length).toBeGreaterThan(100);
    expect((await raw(served, 'GET', url, bearer)).status).toBe(404);
  });

  test('a journal dump to load arrives as an upload and gets the checks of dramalog load', async () => {
    const notADump = await upload('journal.load', [{ name: 'notes.json', body: '{"hello": "world"}' }]);
    expect(notADump.answer).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('is not a Dramalog journal dump') } });

    const dumped = await call(served, 'journal.dump', undefined, { 'x-dramalog-download': 'journal.zip' });
    const dump = await raw(served, 'GET', String(dumped.headers['x-dramalog-download-url']), bearer);
    const before = snapshot(served.journal.db);
    const occupied = await upload('journal.load', [{ name: 'journal.json', body: dump.body }]);
    expect(occupied.answer).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Nothing was loaded.') } });
    expect(snapshot(served.journal.db)).toEqual(before);
    expect((await upload('journal.load', [])).answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  test('the site export goes to a folder on this machine, with the export refusal rules, or downloads as a .zip', async () => {
    const refusedFolder = served.dir; // holds the journal: not a folder Dramalog exported to
    const refused = await call(served, 'site.export', { includeDrafts: true }, { 'x-dramalog-folder': encodeURIComponent(refusedFolder) });
    expect(refused.answer).toMatchObject({ ok: false });
    const site = join(served.dir, 'site-out');
    const written = await call(served, 'site.export', { includeDrafts: true }, { 'x-dramalog-folder': encodeURIComponent(site) });
    expect(written.answer).toMatchObject({ ok: true, value: { outDir: site } });
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('<html');
    const zipped = await call(served, 'site.export', { includeDrafts: true }, { 'x-dramalog-download': 'site.zip' });
    const zip = await raw(served, 'GET', String(zipped.headers['x-dramalog-download-url']), bearer);
    expect(zip.body.slice(0, 2)).toBe('PK');
  });

  test('Back Up Journal downloads a consistent copy', async () => {
    const backup = await raw(served, 'GET', '/backup', bearer);
    expect(backup.status).toBe(200);
    expect(String(backup.headers['content-disposition'])).toMatch(/dramalog-backup-.*\.(sqlite|zip)/);
  });
});
