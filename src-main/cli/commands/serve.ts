import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidInput } from '../../core/common/errors';
import { hashPassword, isPasswordHash } from '../../server/password';
import { startServer } from '../../server/start-server';
import { tidyAfterStart } from '../../core/interactive/tidy-after-start';
import { UsageError } from '../io';
import type { Command } from './command';

/**
 * The built renderer, out/renderer in the project folder: found by walking up from this file,
 * because it runs both from source (src-main/cli/commands) and from the CLI's bundle (out/cli).
 */
function rendererDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'out', 'renderer');
}

/** Whether there is a desktop to open a browser on (Linux without X or Wayland has none). */
function hasDisplay(env: NodeJS.ProcessEnv): boolean {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

async function readPasswordHash(file: string | undefined): Promise<string | null> {
  if (file !== undefined) {
    const line = readFileSync(file, 'utf8').trim();
    if (!isPasswordHash(line)) throw invalidInput(`${file} does not hold a password hash: create it with 'dramalog serve --hash-password > ${file}'`);
    return line;
  }
  const typed = process.env.DRAMALOG_PASSWORD;
  if (!typed) return null;
  // Only the hash is kept; the password leaves this process's environment at once.
  delete process.env.DRAMALOG_PASSWORD;
  return hashPassword(typed);
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Open the app in a web browser: serve it and the journal over HTTP',
  synopsis: '[--port N] [--open] [--host ADDRESS --password-file FILE] [--tls-cert FILE --tls-key FILE]',
  description: [
    'Prints the address to open, with its key (a new one each start). Only this machine can connect',
    'unless --host says otherwise; then a password is needed: --password-file FILE holding a hash made',
    "by 'dramalog serve --hash-password' (it reads the password from stdin), or DRAMALOG_PASSWORD.",
    'Stop it with Ctrl+C.',
  ].join('\n'),
  positionals: [],
  options: {
    port: { type: 'string', valueName: 'N', description: 'The port to listen on (default: any free port)' },
    host: { type: 'string', valueName: 'ADDRESS', description: 'The address to listen on (default 127.0.0.1; 0.0.0.0 for the whole network)' },
    open: { type: 'boolean', description: 'Open the address in the system browser' },
    'password-file': { type: 'string', valueName: 'FILE', description: 'A file holding the password hash, needed with --host' },
    'hash-password': { type: 'boolean', description: 'Read a password from stdin, print its scrypt hash for --password-file, and stop' },
    'tls-cert': { type: 'string', valueName: 'FILE', description: 'Serve HTTPS with this certificate (PEM)' },
    'tls-key': { type: 'string', valueName: 'FILE', description: 'and this private key (PEM)' },
    'allow-host': { type: 'string', multiple: true, valueName: 'NAME', description: 'Also answer requests for this host name (a proxy in front, a .local name)' },
  },
  async run({ values, resolvePath, withJournal, print, journalPath }) {
    if (values['hash-password']) {
      const password = readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '';
      if (password.length < 8) throw invalidInput('the password must have at least 8 characters');
      print(await hashPassword(password));
      return;
    }
    const portText = values.port as string | undefined;
    const port = portText === undefined ? 0 : Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('--port must be a whole number from 0 to 65535', 'serve');
    const cert = values['tls-cert'] as string | undefined;
    const key = values['tls-key'] as string | undefined;
    if ((cert === undefined) !== (key === undefined)) throw new UsageError('--tls-cert and --tls-key go together', 'serve');
    const passwordFile = values['password-file'] as string | undefined;
    const passwordHash = await readPasswordHash(passwordFile === undefined ? undefined : resolvePath(passwordFile));

    await withJournal(async (journal) => {
      const server = await startServer({
        journal,
        rendererDir: rendererDir(),
        host: values.host as string | undefined,
        port,
        passwordHash,
        tls: cert && key ? { certFile: resolvePath(cert), keyFile: resolvePath(key) } : undefined,
        extraHosts: (values['allow-host'] as string[] | undefined) ?? [],
      });
      print(`Dramalog is serving ${journalPath}`);
      print(`Open ${server.url}`);
      for (const warning of server.warnings) print(warning);
      if (values.open) {
        if (!hasDisplay(process.env)) print('There is no display to open a browser on here: open the address above on this machine.');
        else {
          const { default: open } = await import('open');
          await open(server.url).catch((error: unknown) => print(`Could not open a browser (${(error as Error).message}): open the address above.`));
        }
      }
      print('Press Ctrl+C to stop.');
      tidyAfterStart(journal, (what, error) => print(`Dramalog ${what}: ${(error as Error).message}`));
      await untilStopped();
      await server.close();
    });
  },
};
