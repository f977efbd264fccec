/**
 * Publishing to a branch of a git remote (GitHub or Codeberg Pages, any git host): the site is
 * written into a clone this target keeps in its work folder, and `finish` commits what was put and
 * removed, once, and pushes it. Files on the branch that Dramalog did not write (a CNAME, a
 * .nojekyll, a README) are never touched.
 *
 * It runs the system's `git` rather than a library: isomorphic-git cannot push over ssh, and the
 * user's own git already knows their credential helpers, SSH agent and ~/.ssh/config.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JournalError } from '../../common/errors';
import type { PublishAddress } from '../../common/model';
import type { Connect, PublishConnection } from '../connection';
import { localFailure, remoteFailure } from './git-errors';
import { gitEnvironment, gitRunner, type Git } from './git-process';
import { sshAccess } from './git-ssh';

type GitAddress = Extract<PublishAddress, { kind: 'git' }>;

/** Who commits when the user's git config names no one. */
const DEFAULT_AUTHOR = { name: 'Dramalog', email: 'dramalog@localhost' };

export const connectGit: Connect<GitAddress> = async ({ address, secret, keyFile, hostKey, workDir, signal }) => {
  // A remote beginning with `-` would be read by git as an option.
  if (address.remote.startsWith('-')) throw new JournalError('invalid-input', `${address.remote} is not a git address Dramalog can publish to.`, { field: 'url' });
  const where = describe(address);
  await mkdir(workDir, { recursive: true });
  const ssh = address.ssh ? await sshAccess({ workDir, hostKey, keyFile, secret }) : null;
  const env = await gitEnvironment(workDir, secret, ssh ? { GIT_SSH_COMMAND: ssh.command } : {});
  const git = gitRunner(env, signal, where);
  const clone = new Clone(git, join(workDir, 'clone'), address, where);
  const base = await clone.checkOut();
  return { connection: new GitConnection(clone, base), hostKey: ssh ? await ssh.seenHostKey() : null };
};

/** The remote as the user knows it: the ssh server, or the address as typed. */
function describe(address: GitAddress): string {
  if (address.ssh) return `${address.ssh.host}${address.ssh.port === 22 ? '' : `:${address.ssh.port}`} (branch ${address.branch})`;
  return `${address.remote} (branch ${address.branch})`;
}

/** The clone in the work folder: one branch, one commit deep, its work tree exactly the remote's branch. */
class Clone {
  private readonly remoteRef: string;

  constructor(
    readonly git: Git,
    readonly folder: string,
    readonly address: GitAddress,
    readonly where: string,
  ) {
    this.remoteRef = `refs/remotes/origin/${address.branch}`;
  }

  /** The branch's commit on the remote, checked out with nothing else in the work tree; null when the branch is not there yet (an empty work tree). */
  async checkOut(): Promise<string | null> {
    if (!(await this.usable())) await this.makeAnew();
    let head = await this.fetch();
    try {
      await this.resetTo(head);
    } catch {
      // Damaged past what a reset mends (a half-written index, a lost object): start the clone again.
      await this.makeAnew();
      head = await this.fetch();
      await this.resetTo(head);
    }
    return head;
  }

  /** Runs git in the clone; a failure is the clone's (not the remote's), described by `doing`. */
  async run(doing: string, args: string[], input?: string): Promise<string> {
    const result = await this.git(args, { cwd: this.folder, input });
    if (result.code !== 0) throw localFailure(doing, result.stderr);
    return result.stdout;
  }

  /** Fetches the branch; its commit, or null when the remote has no such branch. */
  async fetch(): Promise<string | null> {
    const { branch } = this.address;
    const result = await this.git(['fetch', '--quiet', '--no-tags', '--depth', '1', 'origin', `+refs/heads/${branch}:${this.remoteRef}`], { cwd: this.folder });
    if (result.code !== 0) {
      if (/couldn't find remote ref/i.test(result.stderr)) return null;
      throw remoteFailure(result.stderr, this.where, this.address.ssh !== null);
    }
    return (await this.run('read the fetched branch', ['rev-parse', '--verify', `${this.remoteRef}^{commit}`])).trim();
  }

  /** Pushes HEAD to the branch: 'rejected' when the remote moved on since the fetch. */
  async push(): Promise<'pushed' | 'rejected'> {
    const result = await this.git(['push', '--porcelain', '--no-verify', 'origin', `HEAD:refs/heads/${this.address.branch}`], { cwd: this.folder });
    if (result.code === 0) return 'pushed';
    const said = `${result.stderr}\n${result.stdout}`;
    if (/\[rejected\]/.test(said)) return 'rejected';
    const failure = remoteFailure(said, this.where, this.address.ssh !== null);
    // Refused by the host's own rule (a protected branch, a hook), with its reason.
    const refused = /\[remote rejected\] \((.*)\)/.exec(said);
    if (failure.code === 'internal' && refused) throw new JournalError('forbidden', `${this.where} refused the push: ${refused[1]}.`);
    throw failure;
  }

  /** The name and email to commit as: the user's git config's, else Dramalog's, given as `-c` settings. */
  async identity(): Promise<string[]> {
    const settings: string[] = [];
    for (const [key, fallback] of [
      ['user.name', DEFAULT_AUTHOR.name],
      ['user.email', DEFAULT_AUTHOR.email],
    ] as const) {
      const configured = await this.git(['config', '--get', key], { cwd: this.folder });
      if (configured.code !== 0 || !configured.stdout.trim()) settings.push('-c', `${key}=${fallback}`);
    }
    return settings;
  }

  private async usable(): Promise<boolean> {
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the work folder: `.git` or nothing.
    // Checked first: git run in a folder that is not there fails as if git were not installed.
    if (!existsSync(join(this.folder, '.git'))) return false;
    const gitDir = await this.git(['rev-parse', '--git-dir'], { cwd: this.folder });
    if (gitDir.code !== 0 || gitDir.stdout.trim() !== '.git') return false;
    return (await this.git(['remote', 'set-url', 'origin', this.address.remote], { cwd: this.folder })).code === 0;
  }

  private async makeAnew(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
    await mkdir(this.folder, { recursive: true });
    await this.run('start a copy of the site', ['init', '--quiet']);
    // A link in the branch is checked out as a small file, so nothing is ever written through one outside the clone.
    await this.run('start a copy of the site', ['config', 'core.symlinks', 'false']);
    await this.run('start a copy of the site', ['remote', 'add', 'origin', this.address.remote]);
  }

  /** The work tree and index made the branch's commit exactly (or empty on a branch not yet made): what an interrupted publish left is gone. */
  private async resetTo(head: string | null): Promise<void> {
    const { branch } = this.address;
    if (head) {
      await this.run('check out the branch', ['checkout', '--quiet', '--force', '-B', branch, head]);
    } else {
      await this.run('start the branch', ['symbolic-ref', 'HEAD', `refs/heads/${branch}`]);
      await this.run('start the branch', ['update-ref', '-d', `refs/heads/${branch}`]);
      await this.run('start the branch', ['update-ref', '-d', this.remoteRef]);
      await this.run('start the branch', ['read-tree', '--empty']);
    }
    await this.run('clear the copy of the site', ['clean', '-ffdxq']);
  }
}

class GitConnection implements PublishConnection {
  readonly liveEachFile = false;
  readonly parallel = 8;
  /** The site paths put or removed: the only ones the commit records, so other files on the branch stay as they are. */
  private readonly touched = new Set<string>();

  constructor(
    private readonly clone: Clone,
    /** The branch's commit this publish started from (null: the branch is new). */
    private readonly base: string | null,
  ) {}

  async list(folder: string): Promise<Set<string>> {
    try {
      const names = new Set(await readdir(folder ? this.inTree(folder) : this.clone.folder));
      if (!folder) names.delete('.git');
      return names;
    } catch (error) {
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return new Set();
      throw error;
    }
  }

  async put(path: string, source: string): Promise<void> {
    const file = this.inTree(path);
    this.touched.add(path);
    await mkdir(dirname(file), { recursive: true });
    await copyFile(source, file);
  }

  async remove(path: string): Promise<void> {
    const file = this.inTree(path);
    this.touched.add(path);
    await rm(file, { force: true });
  }

  /** Nothing is live before `finish`: a half-written file is only in the clone, and the next publish resets it away. */
  async discardPart(): Promise<void> {}

  async finish(message: string): Promise<void> {
    if (!this.touched.size) return;
    const { clone } = this;
    // Each touched path staged as it is now: added or updated if it is there, dropped if it is gone.
    await clone.run('record the changes', ['update-index', '--add', '--remove', '-z', '--stdin'], [...this.touched].map((path) => `${path}\0`).join(''));
    const changed = await clone.git(['diff', '--cached', '--quiet'], { cwd: clone.folder });
    if (changed.code === 0) return; // The branch already holds exactly this: no empty commit, no push.
    if (changed.code !== 1) throw localFailure('compare the site with the branch', changed.stderr);
    const identity = await clone.identity();
    // --no-verify: the user's own hooks (core.hooksPath) are for their code, not for Dramalog's commit of a generated site.
    await clone.run('commit the site', [...identity, 'commit', '--quiet', '--no-verify', '-m', message]);
    if ((await clone.push()) === 'pushed') return;
    // Someone pushed to the branch since this publish fetched it: put this commit on top of theirs and push once more.
    const head = await clone.fetch();
    if (head) {
      const onto = ['rebase', '--quiet', '--no-verify', '--onto', head, ...(this.base ? [this.base] : ['--root'])];
      const rebased = await clone.git([...identity, ...onto], { cwd: clone.folder });
      if (rebased.code !== 0) {
        await clone.git(['rebase', '--abort'], { cwd: clone.folder });
        throw this.conflict('changed the same files');
      }
    }
    if ((await clone.push()) === 'rejected') throw this.conflict('kept pushing to it');
  }

  async close(): Promise<void> {}

  private conflict(what: string): JournalError {
    return new JournalError('conflict', `Someone else ${what} on ${this.clone.where} while Dramalog was publishing, so nothing was published. Publish again.`);
  }

  /** The clone's file for a site path; a path that leaves the site or reaches into git's own folder is refused. */
  private inTree(path: string): string {
    const parts = path.split('/');
    if (parts.some((part) => !part || part === '.' || part === '..' || part.toLowerCase() === '.git')) {
      throw new JournalError('invalid-input', `${path} is not a path Dramalog can publish in a git repository.`);
    }
    return join(this.clone.folder, ...parts);
  }
}
