import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { JournalError } from '../core/common/errors';
import { createDispatch, type Dispatch } from '../core/ipc/dispatch';
import { createHandlers } from '../core/ipc/handlers';
import type { Journal } from '../core/journal';
import { allowedHosts, hostWithPort, isLoopback, randomToken } from './access';
import { createServerApp } from './app';
import { browserHost } from './browser-host';
import { EventHub } from './events';

export interface ServeOptions {
  journal: Journal;
  /** The built renderer: out/renderer with its index.html. */
  rendererDir: string;
  /** 127.0.0.1 unless the user asked for more. */
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** A scrypt hash (password.ts); required when `host` reaches beyond this machine. */
  passwordHash?: string | null;
  tls?: { certFile: string; keyFile: string };
  /** Other Host names to answer (a TLS proxy's). */
  extraHosts?: string[];
  /** The secret; random unless a test fixes it. */
  secret?: string;
  /**
   * For tests that close and reopen the journal under a running server: where to find the
   * open journal, the dispatcher to call (built with `browserHost(events)`) and its events.
   */
  live?: { journal: () => Journal; dispatch: Dispatch; events: EventHub };
  maxBodyBytes?: number;
  watchMs?: number;
  onUnexpected?: (error: unknown) => void;
}

export interface RunningServer {
  /** The address to open, with the key: `http://127.0.0.1:PORT/?key=SECRET`. */
  url: string;
  /** The same without the key. */
  origin: string;
  secret: string;
  port: number;
  events: EventHub;
  /** Warnings to print (plain HTTP on a network). */
  warnings: string[];
  close(): Promise<void>;
}

/** Refuses settings that would put the journal on the network unprotected; answers nothing when they are fine. */
export function checkServeOptions(options: Pick<ServeOptions, 'host' | 'passwordHash' | 'tls' | 'rendererDir'>): void {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.passwordHash) {
    throw new JournalError(
      'forbidden',
      `listening on ${host} lets other machines reach the journal, so it needs a password: create one with 'dramalog serve --hash-password' and pass --password-file FILE (or set DRAMALOG_PASSWORD)`,
    );
  }
  if (options.tls) {
    for (const file of [options.tls.certFile, options.tls.keyFile]) if (!existsSync(file)) throw new JournalError('not-found', `there is no file ${file} for TLS`);
  }
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new JournalError('not-found', `the app is not built (${join(options.rendererDir, 'index.html')} is missing): run npm run build first`);
  }
}

/** Serves the journal to browsers until close(). */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  checkServeOptions(options);
  const host = options.host ?? '127.0.0.1';
  const secret = options.secret ?? randomToken();
  const events = options.live?.events ?? new EventHub();
  const dispatch = options.live?.dispatch ?? createDispatch(createHandlers(options.journal, browserHost(events)), options.onUnexpected);
  const tls = options.tls ? { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) } : null;

  let hosts = new Set<string>();
  const server = createServerApp({
    journal: options.live?.journal ?? (() => options.journal),
    dispatch,
    events,
    rendererDir: options.rendererDir,
    secret,
    passwordHash: options.passwordHash ?? null,
    // Filled in once the port is known (port 0 picks one).
    get hosts() {
      return hosts;
    },
    secure: tls !== null,
    maxBodyBytes: options.maxBodyBytes,
    watchMs: options.watchMs,
  });

  const listening = await new Promise<ServerType>((resolve, reject) => {
    const instance = serve(
      {
        fetch: server.app.fetch,
        hostname: host,
        port: options.port ?? 0,
        ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}),
      },
      () => resolve(instance),
    );
    instance.once('error', reject);
  });
  const port = (listening.address() as AddressInfo).port;
  hosts = allowedHosts(host, port, options.extraHosts);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const origin = `${tls ? 'https' : 'http'}://${hostWithPort(shownHost, port)}`;
  const warnings: string[] = [];
  if (!isLoopback(host) && !tls) {
    warnings.push(
      'Warning: this is plain HTTP. Anyone on the network can read the journal and the password as they travel. Use --tls-cert/--tls-key, or put a TLS proxy in front.',
    );
  }
  return {
    url: `${origin}/?key=${secret}`,
    origin,
    secret,
    port,
    events,
    warnings,
    close: () =>
      new Promise<void>((resolve) => {
        server.close();
        if ('closeAllConnections' in listening) listening.closeAllConnections();
        listening.close(() => resolve());
      }),
  };
}
