import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../../support/temp-journal';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * `npm start` where Electron's binary is missing (as on this machine, and forced here):
 * one line says why, then the app answers in the browser's way. The test starts it,
 * fetches the page with the printed key, calls one channel and stops it.
 */
test('npm start without Electron ends with the app answering at its address', { timeout: 240_000 }, async () => {
  const { dir, cleanup } = tempDir('dramalog-start-');
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron-here') };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--db', join(dir, 'journal.sqlite'), '--port', '0'], { cwd: dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    await expect.poll(() => stdout, { timeout: 200_000, interval: 200 }).toMatch(/Open http:\/\/127\.0\.0\.1:\d+\/\?key=\S+/);
    expect(stderr.trim().split('\n')[0]).toMatch(/^Dramalog cannot open its desktop window here \(.*\), so it opens in your web browser instead/);
    const url = new URL(stdout.match(/Open (\S+)/)![1]!);
    const key = url.searchParams.get('key')!;

    const page = await fetch(url, { redirect: 'manual' });
    expect(page.status).toBe(303);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const index = await fetch(new URL('/', url), { headers: { cookie } });
    expect(await index.text()).toContain('<title>Dramalog</title>');

    const info = await fetch(new URL('/api/journal.info', url), { method: 'POST', headers: { authorization: `Bearer ${key}` } });
    expect(await info.json()).toMatchObject({ ok: true, value: { path: join(dir, 'journal.sqlite') } });
  } finally {
    child.kill('SIGTERM');
    await exited;
    cleanup();
  }
  expect(child.exitCode ?? child.signalCode).not.toBeNull();
});
