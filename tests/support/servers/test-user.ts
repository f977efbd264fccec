/**
 * The system user the publish tests log in as on their own sshd and FTP server (127.0.0.1 only).
 * Made on first use where the tests run as root (CI, this machine); elsewhere the server tests
 * skip and say why, unless DRAMALOG_REQUIRE_SERVERS=1 (.ci/run sets it): then they fail instead.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const TEST_USER = 'dlpublish';
export const TEST_PASSWORD = 'dramalog-test-password';

export interface TestUser {
  name: string;
  password: string;
  home: string;
  uid: number;
  gid: number;
}

/** Why the real-server tests cannot run here (null when they can), given the programs they need. */
export function serversUnavailable(programs: string[]): string | null {
  const missing = programs.filter((program) => !existsSync(program));
  const why =
    process.getuid?.() !== 0
      ? 'the publish tests start their own servers and make a test user, which needs root'
      : missing.length
        ? `${missing.join(' and ')} is not installed (.ci/run installs it with apt)`
        : null;
  if (why && process.env.DRAMALOG_REQUIRE_SERVERS === '1') throw new Error(`DRAMALOG_REQUIRE_SERVERS=1, but ${why}`);
  return why;
}

let made: TestUser | null = null;

/** The test user, made (with its home and password) if it is not there yet. */
export function testUser(): TestUser {
  if (made) return made;
  const id = (flag: string) => Number(execFileSync('id', [flag, TEST_USER], { encoding: 'utf8' }).trim());
  try {
    id('-u');
  } catch {
    execFileSync('useradd', ['--create-home', '--shell', '/bin/bash', TEST_USER]);
  }
  execFileSync('chpasswd', { input: `${TEST_USER}:${TEST_PASSWORD}\n` });
  const home = execFileSync('getent', ['passwd', TEST_USER], { encoding: 'utf8' }).split(':')[5];
  made = { name: TEST_USER, password: TEST_PASSWORD, home, uid: id('-u'), gid: id('-g') };
  return made;
}

/** Makes `folder` and its missing parents, owned by the test user, as the user would have them. */
export function mkdirAsUser(user: TestUser, folder: string): void {
  if (existsSync(folder)) return;
  mkdirAsUser(user, dirname(folder));
  mkdirSync(folder);
  chownSync(folder, user.uid, user.gid);
}

/** Writes `file` on the server's disk as the test user would have (theirs, and the folders on the way). */
export function writeAsUser(user: TestUser, file: string, content: string): void {
  mkdirAsUser(user, dirname(file));
  writeFileSync(file, content);
  chownSync(file, user.uid, user.gid);
}
