import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Journal } from '../../../src-main/core/journal';
import { startServer, type RunningServer, type ServeOptions } from '../../../src-main/server/start-server';
import { openTempJournal } from '../../support/temp-journal';

/** What stands outside the served folders: no request may ever read it. */
export const OUTSIDE_TEXT = 'outside the renderer: never served';

export interface Served {
  server: RunningServer;
  journal: Journal;
  dir: string;
  /** The port's loopback Host header. */
  host: string;
}

/**
 * A real `dramalog serve` server on a free port, over a temporary journal and a small
 * renderer folder of its own (so these tests need no build), started before the
 * file's tests and stopped after them.
 */
export function useServer(options: Partial<ServeOptions> = {}): Served {
  const served = {} as Served;
  let cleanup = () => {};
  beforeAll(async () => {
    const temp = openTempJournal();
    const renderer = join(temp.dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!DOCTYPE html><title>Dramalog</title><script type="module" src="./assets/app.js"></script>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(join(temp.dir, 'secret.txt'), OUTSIDE_TEXT);
    symlinkSync(join(temp.dir, 'secret.txt'), join(renderer, 'assets', 'linked.txt'));
    const server = await startServer({ journal: temp.journal, rendererDir: renderer, secret: 'the-key', watchMs: 0, ...options });
    Object.assign(served, { server, journal: temp.journal, dir: temp.dir, host: `127.0.0.1:${server.port}` });
    cleanup = () => {
      void server.close().then(temp.cleanup);
    };
  });
  afterAll(() => cleanup());
  return served;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request exactly as written: the path is sent unnormalised (`/../x`) and any
 * Host header may be given, which fetch() would not allow.
 */
export function raw(
  served: Served,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: served.server.port, method, path, headers: { host: served.host, ...headers }, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export const bearer = { authorization: 'Bearer the-key' };

/** Calls a channel as a script would: POST /api/CHANNEL with the key. */
export async function call(served: Served, channel: string, input?: unknown, headers: Record<string, string> = {}) {
  const response = await raw(
    served,
    'POST',
    `/api/${channel}`,
    { ...bearer, 'content-type': 'application/json', ...headers },
    input === undefined ? '' : JSON.stringify(input),
  );
  return { status: response.status, headers: response.headers, answer: JSON.parse(response.body) as unknown };
}
