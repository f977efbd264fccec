import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { JournalError } from '../common/errors';
import type { PublishTarget } from '../common/model';
import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import type { StoredTarget } from './publish-repository';

/**
 * Setting up where the site is published. The journal keeps a target's name and address; its
 * password goes to the Host (the keychain), found again by the target's secret id.
 */

export async function listTargets(journal: Journal, host: Host): Promise<PublishTarget[]> {
  return Promise.all(journal.publishing.list().map((target) => shown(target, host)));
}

export async function addTarget(
  journal: Journal,
  host: Host,
  input: { name: string; url: string; keyFile?: string | null; secret?: string | null },
): Promise<PublishTarget> {
  const keyFile = input.keyFile ?? null;
  if (keyFile !== null) checkKeyFile(keyFile);
  const target = journal.transaction(() => journal.publishing.add({ name: input.name, url: input.url, keyFile }));
  if (input.secret) {
    try {
      await host.keepPublishSecret(target.secretId, input.secret);
    } catch (error) {
      // A target whose password could not be kept is not half set up: it is not added at all.
      journal.transaction(() => journal.publishing.remove(target.name));
      throw error;
    }
  }
  return shown(target, host);
}

/** Forgets the target, its record and its password; what was published there stays online. */
export async function removeTarget(journal: Journal, host: Host, name: string): Promise<PublishTarget> {
  const target = journal.transaction(() => journal.publishing.remove(name));
  await host.keepPublishSecret(target.secretId, null);
  return { ...(await shown(target, host)), hasSecret: false };
}

export async function setTargetSecret(journal: Journal, host: Host, name: string, secret: string | null): Promise<PublishTarget> {
  const target = journal.publishing.byName(name);
  await host.keepPublishSecret(target.secretId, secret || null);
  return shown(target, host);
}

/** After the user confirmed that the server's new identity is really theirs: the next publish pins what it meets. */
export async function forgetHostKey(journal: Journal, host: Host, name: string): Promise<PublishTarget> {
  const target = journal.publishing.byName(name);
  journal.transaction(() => journal.publishing.pinHostKey(target.id, null));
  return shown({ ...target, hostKey: null }, host);
}

async function shown({ secretId, ...target }: StoredTarget, host: Host): Promise<PublishTarget> {
  return { ...target, hasSecret: (await host.publishSecret(secretId)) !== null };
}

function checkKeyFile(path: string): void {
  const refuse = (why: string) => new JournalError('invalid-input', why, { field: 'keyFile' });
  if (!isAbsolute(path)) throw refuse(`key file must be a full path, like /home/you/.ssh/id_ed25519 (not ${path})`);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw refuse(`there is no key file at ${path}`);
  }
  if (!isFile) throw refuse(`${path} is not a file; choose your private key file (e.g. ~/.ssh/id_ed25519)`);
}
