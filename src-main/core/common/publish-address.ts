/**
 * A publish target's URL read into its address, and written back in one spelling. Pure, so the
 * settings form checks an address as the core does (the core stays the authority). The grammar:
 *
 *   file:///path                      a folder on this computer
 *   sftp://user@host[:port]/path      an SFTP server (port 22); `/~/path` is under the user's home
 *   ftps://user@host[:port]/path      an FTP server over explicit TLS (port 21)
 *   git+URL#branch                    a branch of a git remote: URL is https://, ssh://, file://,
 *                                     or scp-like user@host:path
 *
 * A password in the address is refused: the address is kept in the journal, and secrets never are.
 */
import type { PublishAddress } from './types/publish';

/** Why an address was refused, in plain words; the caller names the field. */
export class AddressProblem extends Error {}

const DEFAULT_PORT = { sftp: 22, ftps: 21, ssh: 22 } as const;

export function parseTargetUrl(raw: string): PublishAddress {
  const text = raw.trim();
  if (!text) throw new AddressProblem('the address is empty; give one like sftp://you@example.com/var/www/site');
  if (/^git\+/i.test(text)) return gitAddress(text.slice(4));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AddressProblem(`${text} is not an address Dramalog can publish to; use file:///folder, sftp://user@host/path, ftps://user@host/path or git+URL#branch`);
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme === 'file') {
    if (url.host) throw new AddressProblem('a folder address has no host: write file:///path/to/folder (three slashes)');
    return { kind: 'folder', path: folderPath(url) };
  }
  if (scheme === 'sftp' || scheme === 'ftps') {
    refusePassword(url);
    if (!url.username) throw new AddressProblem(`the address must say who logs in: ${scheme}://user@${url.host || 'host'}${url.pathname}`);
    if (!url.hostname) throw new AddressProblem(`the address has no server name: ${scheme}://user@host/path`);
    const login = { user: decodeURIComponent(url.username), host: url.hostname, port: port(url, DEFAULT_PORT[scheme]), path: serverPath(url) };
    return scheme === 'sftp' ? { kind: 'sftp', ...login } : { kind: 'ftps', ...login };
  }
  if (scheme === 'ftp') throw new AddressProblem('plain FTP sends your password unencrypted; use an ftps:// (FTP over TLS) or sftp:// address');
  throw new AddressProblem(`Dramalog cannot publish over ${scheme}:; use an address like file:///folder, sftp://user@host/path, ftps://user@host/path or git+URL#branch`);
}

/** The address in one spelling, as it is kept and listed. */
export function formatTargetUrl(address: PublishAddress): string {
  switch (address.kind) {
    case 'folder':
      return `file://${encodeURI(address.path.startsWith('/') ? address.path : `/${address.path}`)}`;
    case 'sftp':
    case 'ftps': {
      const port = address.port === DEFAULT_PORT[address.kind] ? '' : `:${address.port}`;
      const path = address.path.startsWith('/') ? address.path : address.path === '.' ? '/~' : `/~/${address.path}`;
      return `${address.kind}://${encodeURIComponent(address.user)}@${hostPart(address.host)}${port}${encodeURI(path)}`;
    }
    case 'git':
      return `git+${address.remote}#${address.branch}`;
  }
}

function gitAddress(rest: string): PublishAddress {
  const hash = rest.lastIndexOf('#');
  const remote = (hash < 0 ? rest : rest.slice(0, hash)).trim();
  const branch = hash < 0 ? '' : rest.slice(hash + 1).trim();
  if (!remote) throw new AddressProblem('give the repository after git+ in the address, e.g. git+https://github.com/you/site.git#gh-pages');
  if (!branch) throw new AddressProblem(`the address must say which branch to publish to after #, e.g. git+${remote}#gh-pages`);
  if (!validBranch(branch)) throw new AddressProblem(`the address names the branch ${branch}, which is not a name git accepts`);
  const scp = /^(?:([^@/\s]+)@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return { kind: 'git', remote, branch, ssh: { host: scp[2], port: DEFAULT_PORT.ssh } };
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    throw new AddressProblem(`${remote} is not a git address; use https://, ssh://, file:// or user@host:path`);
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (!['https', 'http', 'ssh', 'file'].includes(scheme)) throw new AddressProblem(`git over ${scheme}: is not supported; use an https://, ssh:// or file:// address`);
  refusePassword(url);
  const ssh = scheme === 'ssh' ? { host: url.hostname, port: port(url, DEFAULT_PORT.ssh) } : null;
  return { kind: 'git', remote, branch, ssh };
}

/** git's own rules for a ref name (git check-ref-format), the ones a typed branch can break. */
function validBranch(name: string): boolean {
  return !/(^[-/.]|[/.]$|\.\.|\/\/|@\{|[\s~^:?*[\\\x00-\x1f\x7f]|\.lock$|\/\.)/.test(name) && name !== '@';
}

function refusePassword(url: URL): void {
  if (url.password) {
    throw new AddressProblem('leave the password out of the address: Dramalog keeps addresses in the journal, and passwords only in your keychain or an environment variable');
  }
}

function port(url: URL, fallback: number): number {
  return url.port ? Number(url.port) : fallback;
}

/** `/var/www` stays absolute; `/~/site` (and `/~`) is `site` under the login's home. */
function serverPath(url: URL): string {
  const path = decodeURIComponent(url.pathname || '/');
  if (path === '/~' || path === '/~/') return '.';
  if (path.startsWith('/~/')) return path.slice(3).replace(/\/+$/, '') || '.';
  return path.length > 1 ? path.replace(/\/+$/, '') : '/';
}

function folderPath(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  // file:///C:/Sites → C:/Sites on Windows.
  const windows = /^\/[A-Za-z]:(\/|$)/.test(path) ? path.slice(1) : path;
  return windows.length > 1 ? windows.replace(/\/+$/, '') : windows;
}

const hostPart = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
