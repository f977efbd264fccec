/**
 * Running the system's git for the git driver: one child process per command, never through a
 * shell, in an environment that cannot hang on a prompt, that git's messages can be read from,
 * and that holds the user's secret only in the child's own environment.
 */
import { spawn } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gitMissing, localFailure, publishCancelled } from './git-errors';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `git args` in `cwd`; resolves whatever its exit code, rejects only when git cannot run or was stopped. */
export type Git = (args: string[], options?: { cwd?: string; input?: string }) => Promise<GitResult>;

/** Where git finds the password or token when it must ask: the child's environment, never a file or the command line. */
const SECRET_VARIABLE = 'DRAMALOG_GIT_SECRET';

/** Variables that would point git at another repository than the clone it is run in (set when Dramalog runs inside a git hook). */
const REPOSITORY_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_PREFIX'];

/**
 * The environment every git command of one publish runs in. `workDir` holds the clone; git never
 * looks above it for another repository. With a secret, git's and ssh's password prompts are
 * answered by a small script in `workDir` that prints it from the environment.
 */
export async function gitEnvironment(workDir: string, secret: string | null, extra: Record<string, string>): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  delete env.LANGUAGE;
  Object.assign(env, {
    // A prompt for a user name or password has no one to answer it: fail at once instead of hanging.
    GIT_TERMINAL_PROMPT: '0',
    // git's and ssh's messages in English, which git-errors.ts reads.
    LC_ALL: 'C',
    GIT_CEILING_DIRECTORIES: workDir,
    // Paths are the site's own names: `*` or `:` in one is a character, not a pattern.
    GIT_LITERAL_PATHSPECS: '1',
  });
  if (secret !== null) {
    const askpass = await writeAskpass(workDir);
    Object.assign(env, { GIT_ASKPASS: askpass, SSH_ASKPASS: askpass, SSH_ASKPASS_REQUIRE: 'force', [SECRET_VARIABLE]: secret });
  }
  return env;
}

/**
 * The answer to a password (or key passphrase) prompt. It holds no secret: it prints the one in its
 * environment. A user-name prompt gets no answer, so git says it could not read one and the user
 * puts the name in the address (https://you@host/…).
 */
async function writeAskpass(workDir: string): Promise<string> {
  const file = join(workDir, 'askpass.sh');
  const script = ['#!/bin/sh', 'case "$1" in', '  [Uu]sername*) exit 1 ;;', 'esac', `printf '%s\\n' "$${SECRET_VARIABLE}"`, ''].join('\n');
  await writeFile(file, script, { mode: 0o700 });
  await chmod(file, 0o700);
  return file;
}

/** The runner for one publish: `where` names the remote in the words of a cancellation. */
export function gitRunner(env: NodeJS.ProcessEnv, signal: AbortSignal, where: string): Git {
  return (args, options = {}) =>
    new Promise<GitResult>((resolve, reject) => {
      if (signal.aborted) return reject(publishCancelled(where));
      const child = spawn('git', args, {
        cwd: options.cwd,
        env,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
        // Its own process group, so stopping it stops the ssh it started too (git leaves ssh running when it is killed).
        detached: process.platform !== 'win32',
      });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      const stop = () => {
        try {
          if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGTERM');
          else child.kill();
        } catch {
          child.kill(); // The group is gone already.
        }
      };
      signal.addEventListener('abort', stop, { once: true });
      child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', (error: NodeJS.ErrnoException) => {
        signal.removeEventListener('abort', stop);
        reject(error.code === 'ENOENT' ? gitMissing() : localFailure(`run (${error.message})`, ''));
      });
      // Once stopped, git's end is enough: an ssh still holding its pipes must not keep the user waiting.
      child.on('exit', () => {
        if (signal.aborted) reject(publishCancelled(where));
      });
      child.on('close', (code) => {
        signal.removeEventListener('abort', stop);
        if (signal.aborted) return reject(publishCancelled(where));
        resolve({ code: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
      });
      if (child.stdin) {
        child.stdin.on('error', () => {}); // git may exit before reading all of it; its exit code says why.
        child.stdin.end(options.input);
      }
    });
}
