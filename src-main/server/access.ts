import { randomBytes, timingSafeEqual } from 'node:crypto';
import { networkInterfaces } from 'node:os';

/** The cookie a page gets for the secret (or the password): HttpOnly, SameSite=Strict. */
export const SESSION_COOKIE = 'dramalog_session';

/** Addresses that only this machine can reach. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || host.startsWith('127.');
}

/** A fresh random token, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `host:port` as a Host header carries it (IPv6 in brackets). */
export function hostWithPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`.toLowerCase();
}

/**
 * The Host header values this server answers: its loopback names, and when it
 * listens beyond loopback, the address it was given (every interface's address
 * for 0.0.0.0 or ::) and any name the user allowed (a TLS proxy's, a .local name).
 * Any other Host is a DNS-rebinding attempt: a page on some other site that
 * resolved its own name to this machine.
 */
export function allowedHosts(listenHost: string, port: number, extraNames: readonly string[] = []): Set<string> {
  const names = new Set<string>(LOOPBACK_HOSTS);
  if (listenHost === '0.0.0.0' || listenHost === '::') {
    for (const list of Object.values(networkInterfaces())) for (const entry of list ?? []) names.add(entry.address);
  } else {
    names.add(listenHost);
  }
  for (const name of extraNames) names.add(name);
  return new Set([...names].map((name) => hostWithPort(name, port)));
}

/**
 * Whether a request may go on: its Host is the server's own, and a request sent
 * by a page says that page is the server's own too (Origin and Sec-Fetch-Site),
 * so other sites the user has open cannot call the journal.
 */
export function sameSiteRequest(headers: Headers, hosts: ReadonlySet<string>): boolean {
  const host = headers.get('host')?.toLowerCase();
  if (!host || !hosts.has(host)) return false;
  if (headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = headers.get('origin');
  if (origin === null) return true;
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

/** Failed logins by address: after `limit` in `windowMs`, that address waits until the window ends. */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds this address must still wait, or 0. */
  waitFor(address: string): number {
    const entry = this.failures.get(address);
    if (!entry) return 0;
    const left = entry.since + this.windowMs - this.now();
    if (left <= 0) {
      this.failures.delete(address);
      return 0;
    }
    return entry.count >= this.limit ? left : 0;
  }

  failed(address: string): void {
    const entry = this.failures.get(address);
    if (!entry || entry.since + this.windowMs <= this.now()) this.failures.set(address, { count: 1, since: this.now() });
    else entry.count += 1;
  }

  succeeded(address: string): void {
    this.failures.delete(address);
  }
}
