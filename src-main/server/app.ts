/**
 * The HTTP face of the journal core, for `dramalog serve`: the built renderer,
 * one generic endpoint for every channel (POST /api/CHANNEL, the input as the
 * JSON body, the dispatcher's `{ok, value} | {ok: false, error}` as the answer),
 * Server-Sent Events for progress and journal changes, uploads and downloads for
 * what the desktop does with native dialogs, and the checks a server needs.
 * Node only: nothing here imports Electron.
 */
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Dispatch } from '../core/ipc/dispatch';
import { SITE_PATH } from '../core/ipc/host';
import type { Journal } from '../core/journal';
import { PICTURE_FILE_NAME, mediaTypeOfFileName } from '../core/common/picture-file';
import { CONTENT_SECURITY_POLICY } from '../shell/content-security-policy';
import { LoginThrottle, SESSION_COOKIE, sameSecret, sameSiteRequest } from './access';
import { Downloads, packScratch, scratchDir } from './downloads';
import type { EventHub } from './events';
import { journalStamp } from './journal-changes';
import { LOGIN_ATTEMPTS, LOGIN_WINDOW_MS, MAX_BODY_BYTES, MAX_UPLOAD_FILES } from './limits';
import { NEEDS_KEY_PAGE, loginPage } from './login-page';
import { verifyPassword } from './password';
import { requestContext, type RequestContext } from './request-context';
import { SITE_CONTENT_SECURITY_POLICY, readSiteFile } from './site-files';
import { readStaticFile } from './static-files';

/** Headers a page sends with a call (see src-renderer/api/http-transport.ts). */
export const TAB_HEADER = 'x-dramalog-tab';
/** The folder on this machine a site export goes to (URI-encoded). */
export const FOLDER_HEADER = 'x-dramalog-folder';
/** Present: a file or folder the call writes goes to a download instead; its value names the .zip. */
export const DOWNLOAD_HEADER = 'x-dramalog-download';
/** In the answer: where to fetch what the call wrote, and the name it downloads as. */
export const DOWNLOAD_URL_HEADER = 'x-dramalog-download-url';
export const DOWNLOAD_NAME_HEADER = 'x-dramalog-download-name';

export interface ServerAppOptions {
  /** The open journal (a function: a test may close and reopen it while the server runs). */
  journal: () => Journal;
  dispatch: Dispatch;
  events: EventHub;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The per-start secret: `?key=` on the first page, or `Authorization: Bearer`. */
  secret: string;
  /** A scrypt hash (password.ts); when set, the login page also opens a session. */
  passwordHash: string | null;
  /** Host header values this server answers (access.ts allowedHosts). */
  hosts: ReadonlySet<string>;
  /** Served over TLS: the session cookie is Secure. */
  secure: boolean;
  maxBodyBytes?: number;
  /** How often to look for changes other programs made to the journal; 0: never. */
  watchMs?: number;
}

export interface ServerApp {
  app: Hono;
  close(): void;
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

const LOGIN_CSP = CONTENT_SECURITY_POLICY.replace("form-action 'none'", "form-action 'self'");

function refusal(c: Context, status: 400 | 401 | 403 | 404 | 413 | 429, message: string) {
  const code = status === 404 ? 'not-found' : status === 400 || status === 413 ? 'invalid-input' : 'forbidden';
  return c.json({ ok: false, error: { code, message } }, status);
}

export function createServerApp(options: ServerAppOptions): ServerApp {
  const { journal, dispatch, events, rendererDir, secret, passwordHash } = options;
  // Derived from the secret, so a page keeps its session while the secret lasts.
  const session = createHmac('sha256', secret).update('dramalog session').digest('base64url');
  const downloads = new Downloads();
  const throttle = new LoginThrottle(LOGIN_ATTEMPTS, LOGIN_WINDOW_MS);
  const stamps = new WeakMap<Journal, () => string>();
  const stamp = () => {
    const current = journal();
    if (!stamps.has(current)) stamps.set(current, journalStamp(current.db));
    return stamps.get(current)!();
  };
  let lastStamp = '';
  try {
    lastStamp = stamp();
  } catch {
    // read again on the first call
  }
  const noticeChanges = (tab: string | null) => {
    let now: string;
    try {
      now = stamp();
    } catch {
      return; // a journal that cannot be read now has not changed; its calls say why
    }
    if (now === lastStamp) return;
    lastStamp = now;
    events.publish({ type: 'journal-changed', tab });
  };
  const watch = options.watchMs === 0 ? undefined : setInterval(() => noticeChanges(null), options.watchMs ?? 1_000);
  watch?.unref();

  const app = new Hono();
  const openSession = (c: Context) =>
    setCookie(c, SESSION_COOKIE, session, { httpOnly: true, sameSite: 'Strict', path: '/', secure: options.secure });
  const signedIn = (c: Context) => {
    const auth = c.req.header('authorization');
    if (auth?.startsWith('Bearer ') && sameSecret(auth.slice('Bearer '.length).trim(), secret)) return true;
    return sameSecret(getCookie(c, SESSION_COOKIE), session);
  };

  app.use(async (c, next) => {
    if (!sameSiteRequest(c.req.raw.headers, options.hosts)) return refusal(c, 403, 'this address or page may not use this journal');
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  });

  // Sign-in: the printed address's ?key=, or the password where there is one.
  app.get('/login', (c) => {
    if (!passwordHash) return c.redirect('/', 303);
    c.header('content-security-policy', LOGIN_CSP);
    return c.html(loginPage(null));
  });
  app.post('/login', bodyLimit({ maxSize: 4096, onError: (c) => refusal(c, 413, 'too large') }), async (c) => {
    if (!passwordHash) return refusal(c, 404, 'there is no password to sign in with');
    const address = getConnInfo(c).remote.address ?? 'unknown';
    c.header('content-security-policy', LOGIN_CSP);
    const wait = throttle.waitFor(address);
    if (wait > 0) return c.html(loginPage(`Too many wrong passwords. Try again in ${Math.ceil(wait / 60_000)} minutes.`), 429);
    const form = await c.req.parseBody();
    const password = typeof form.password === 'string' ? form.password : '';
    if (!(await verifyPassword(password, passwordHash))) {
      throttle.failed(address);
      return c.html(loginPage('That password is not the right one.'), 401);
    }
    throttle.succeeded(address);
    openSession(c);
    return c.redirect('/', 303);
  });

  app.use(async (c, next) => {
    const key = c.req.query('key');
    if (c.req.method === 'GET' && key !== undefined) {
      if (!sameSecret(key, secret)) return c.html(NEEDS_KEY_PAGE, 401);
      // The key leaves the address bar (and the history) at once; the cookie carries the session.
      openSession(c);
      const url = new URL(c.req.url);
      url.searchParams.delete('key');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    if (signedIn(c)) return next();
    if (c.req.path.startsWith('/api/')) return refusal(c, 401, 'sign in first: open the address dramalog serve printed');
    if (passwordHash && c.req.method === 'GET') return c.redirect('/login', 303);
    return c.html(NEEDS_KEY_PAGE, 401);
  });

  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      const queue: string[] = [];
      let wake: (() => void) | null = null;
      const stop = events.subscribe((event) => {
        queue.push(JSON.stringify(event));
        wake?.();
      });
      stream.onAbort(() => {
        stop();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted) {
        const data = queue.shift();
        if (data !== undefined) {
          await stream.writeSSE({ data });
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 25_000).unref(); // a comment line now and then keeps proxies from closing the stream
        });
        wake = null;
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      stop();
    }),
  );

  app.post(
    '/api/:channel',
    bodyLimit({ maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES, onError: (c) => refusal(c, 413, 'the request is too large') }),
    async (c) => {
      const channel = c.req.param('channel');
      const tab = c.req.header(TAB_HEADER) ?? null;
      const folderHeader = c.req.header(FOLDER_HEADER);
      const downloadName = c.req.header(DOWNLOAD_HEADER);
      const scratch = scratchDir();
      const context: RequestContext = {
        tab,
        uploads: [],
        folder: folderHeader ? decodeURIComponent(folderHeader) : null,
        downloadDir: downloadName ? join(scratch, 'out') : null,
      };
      let offered = false;
      try {
        let input: unknown;
        const type = c.req.header('content-type') ?? '';
        if (type.startsWith('multipart/form-data')) {
          const form = await c.req.parseBody({ all: true });
          input = typeof form.input === 'string' ? parseJson(form.input) : undefined;
          if (input === INVALID) return refusal(c, 400, 'the input is not valid JSON');
          const files = [form.file ?? []].flat().filter((f): f is File => f instanceof File);
          if (files.length > MAX_UPLOAD_FILES) return refusal(c, 413, `send at most ${MAX_UPLOAD_FILES} files at a time`);
          context.uploads = await saveUploads(files, join(scratch, 'in'));
        } else {
          const text = await c.req.text();
          input = text.trim() === '' ? undefined : parseJson(text);
          if (input === INVALID) return refusal(c, 400, 'the input is not valid JSON');
        }
        if (context.downloadDir) mkdirSync(context.downloadDir, { recursive: true });
        const answer = await requestContext.run(context, () => dispatch(channel, input));
        noticeChanges(tab);
        if (answer.ok && context.downloadDir) {
          const download = packScratch(context.downloadDir, safeName(downloadName!));
          if (download) {
            c.header(DOWNLOAD_URL_HEADER, `/download/${downloads.offer(download, scratch)}`);
            c.header(DOWNLOAD_NAME_HEADER, encodeURIComponent(download.name));
            offered = true;
          }
        }
        return c.json(answer);
      } finally {
        if (!offered) rmSync(scratch, { recursive: true, force: true });
      }
    },
  );

  app.get('/download/:token', (c) => {
    const taken = downloads.take(c.req.param('token'));
    if (!taken) return refusal(c, 404, 'this download is gone: export again');
    try {
      const body = readFileSync(taken.download.file);
      c.header('content-disposition', `attachment; filename="${asciiName(taken.download.name)}"; filename*=UTF-8''${encodeURIComponent(taken.download.name)}`);
      return c.body(body, 200, { 'content-type': 'application/octet-stream' });
    } finally {
      taken.done();
    }
  });

  // File > Back Up Journal…: SQLite's online backup, downloaded (a .zip when pictures come along).
  app.get('/backup', async (c) => {
    const scratch = scratchDir();
    try {
      const name = `dramalog-backup-${new Date().toISOString().slice(0, 10)}`;
      const out = join(scratch, 'out');
      mkdirSync(out);
      await journal().backup(join(out, `${name}.sqlite`));
      const download = packScratch(out, `${name}.zip`)!;
      c.header('content-disposition', `attachment; filename="${download.name}"`);
      return c.body(readFileSync(download.file), 200, { 'content-type': 'application/octet-stream' });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  // Pictures only from the journal's media folder, only by their own kind of name.
  app.get('/media/:file', (c) => {
    const file = c.req.param('file');
    if (!PICTURE_FILE_NAME.test(file)) return c.notFound();
    try {
      const body = readFileSync(journal().pictures.pathOf(file));
      return c.body(body, 200, { 'content-type': mediaTypeOfFileName(file), 'cache-control': 'private, max-age=31536000, immutable' });
    } catch {
      return c.notFound();
    }
  });

  // Open Site: the remembered site, read-only (site-files.ts); `/site` alone gains its slash, so the pages' relative links work.
  app.get(SITE_PATH.slice(0, -1), (c) => c.redirect(SITE_PATH, 308));
  app.get(`${SITE_PATH}*`, (c) => {
    const file = readSiteFile(journal(), c.req.path.slice(SITE_PATH.length - 1));
    if (!file) return c.text('not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.type, 'content-security-policy': SITE_CONTENT_SECURITY_POLICY });
  });

  app.get('*', (c) => {
    const file = readStaticFile(rendererDir, c.req.path);
    if (!file) return c.text('not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.type });
  });

  return {
    app,
    close() {
      if (watch) clearInterval(watch);
      downloads.clear();
    },
  };
}

const INVALID = Symbol('invalid JSON');
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

/** A name for a file the browser sent: its last segment only, without characters a file name cannot hold. */
function safeName(name: string): string {
  const base = basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  return base === '' || base === '.' || base === '..' ? 'upload' : base;
}

const asciiName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, '_');

/** Writes uploaded files into `dir` under their own (cleaned, de-duplicated) names, for the Host to hand to the core. */
async function saveUploads(files: File[], dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  const paths: string[] = [];
  for (const [index, file] of files.entries()) {
    let name = safeName(file.name);
    if (used.has(name)) name = `${index + 1}-${name}`;
    used.add(name);
    const path = join(dir, name);
    writeFileSync(path, new Uint8Array(await file.arrayBuffer()));
    paths.push(path);
  }
  return paths;
}
