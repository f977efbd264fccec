/**
 * What git's (and ssh's) complaints mean for the user: each failure of a command that talks to
 * the remote becomes one of the publish error codes, in plain words that name the remote, with
 * git's own last line appended in parentheses for whoever helps them.
 */
import { JournalError, type ErrorCode } from '../../common/errors';

/** Read in this order: an ssh login refusal also says "Could not read from remote repository". */
const MEANINGS: Array<{ code: ErrorCode; says: RegExp; message: (where: string, overSsh: boolean) => string }> = [
  {
    code: 'host-key-changed',
    says: /REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed|No \S+ host key is known for/i,
    message: (where) =>
      `The server at ${where} is not the one Dramalog published to before: its SSH host key is different. If its owner replaced the key, forget the pinned key in this target's settings and publish again; otherwise do not publish there.`,
  },
  {
    code: 'auth-failed',
    says: /Permission denied \(|Permission denied, please try again|Too many authentication failures|Authentication failed|could not read (Username|Password)|Invalid username or password|HTTP Basic: Access denied|returned error: 401|incorrect passphrase|bad passphrase/i,
    message: (where, overSsh) =>
      overSsh
        ? `The server at ${where} refused the login: check this target's key file (and its passphrase), or that your SSH agent holds a key the server accepts.`
        : `The repository at ${where} refused the login: check the password or token, and that the address names you (git+https://you@host/…).`,
  },
  {
    code: 'not-found',
    says: /does not appear to be a git repository|Repository not found|repository '.*' not found|returned error: 404|No such file or directory/i,
    message: (where) => `There is no git repository at ${where}: check the address.`,
  },
  {
    code: 'forbidden',
    says: /Permission to .* denied|returned error: 403|insufficient permission|Permission denied|Read-only file system|dubious ownership|unable to create temporary object directory/i,
    message: (where) => `Dramalog may not write to the repository at ${where}: check this login's permissions there (or the branch's protection).`,
  },
  {
    code: 'connection-lost',
    says: /Connection closed|Connection reset|closed by remote host|early EOF|hung up unexpectedly|Broken pipe|unexpected disconnect|RPC failed|not responding|transfer closed|SSL_read|recv error/i,
    message: (where) => `The connection to ${where} dropped before the publish finished. Publish again when the connection is back: it sends what is missing.`,
  },
  {
    code: 'unreachable',
    says: /Could not resolve|Name or service not known|nodename nor servname|Connection refused|timed out|No route to host|Network is unreachable|Failed to connect/i,
    message: (where) => `Dramalog could not reach ${where}: check the address and your network.`,
  },
];

/** The error for a git command that failed while talking to the remote at `where`. */
export function remoteFailure(stderr: string, where: string, overSsh: boolean): JournalError {
  const meaning = MEANINGS.find(({ says }) => says.test(stderr));
  const said = lastWords(stderr, meaning?.says);
  if (!meaning) return new JournalError('internal', `git could not publish to ${where}${said ? ` (${said})` : ''}.`);
  // ssh names the key it was shown; the user can compare it with what their host publishes.
  const shown = meaning.code === 'host-key-changed' ? /SHA256:[A-Za-z0-9+/]+/.exec(stderr)?.[0] : undefined;
  const message = shown ? meaning.message(where, overSsh).replace('its SSH host key is different.', `its SSH host key is now ${shown}.`) : meaning.message(where, overSsh);
  return new JournalError(meaning.code, `${message}${said ? ` (${said})` : ''}`);
}

/** A git command on the local clone failed, which nothing the user did explains. */
export function localFailure(doing: string, stderr: string): JournalError {
  const said = lastWords(stderr);
  return new JournalError('internal', `git could not ${doing} in Dramalog's copy of the site${said ? ` (${said})` : ''}.`);
}

export const gitMissing = () =>
  new JournalError('not-found', 'Publishing to a git remote needs git installed: install it (https://git-scm.com) and publish again.');

export const publishCancelled = (where: string) => new JournalError('cancelled', `Publishing to ${where} was stopped before it finished.`);

/** git's most telling line: the one that gave the meaning away, else the last `fatal:`/`error:` one, else the last, without its prefix. */
function lastWords(stderr: string, meaning?: RegExp): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('hint:'));
  const telling =
    (meaning && lines.find((line) => meaning.test(line))) ?? lines.filter((line) => /^(fatal|error|ERROR):/.test(line)).at(-1) ?? lines.at(-1) ?? '';
  // ssh frames its warnings in `@`s.
  return telling.replace(/^[@\s]+|[@\s]+$/g, '').replace(/^(fatal|error|ERROR):\s*/, '').slice(0, 300);
}
