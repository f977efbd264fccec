import { noInput } from '../common/validation/no-input';
import { publishAddSchema, publishNameSchema, publishRunSchema, publishSecretSchema } from '../common/validation/publish-schemas';
import { cancelledBy } from '../interactive/tasks';
import { reads } from '../ipc/channel';
import { publishAsTask } from './publish-task';
import { addTarget, forgetHostKey, listTargets, removeTarget, setTargetSecret } from './targets';

// Each writes to the journal in its own transactions: a password goes to the keychain (async) between them.
export const publishChannels = {
  /** Where the site is published, each with whether a password is kept for it. */
  'publish.targets': reads(noInput, (_input, { journal, host }) => listTargets(journal, host)),
  /** Where a password given to `publish.add` or `publish.setSecret` is kept here, for the forms to say. */
  'publish.secretPlace': reads(noInput, (_input, { host }) => host.secretPlace()),
  /** The desktop's folder dialog, for a folder target's path; `cancelled` when dismissed. */
  'publish.chooseFolder': reads(noInput, async (_input, { host }) => {
    const path = await host.chooseFolder({ title: 'Publish your site to this folder', buttonLabel: 'Publish Here' });
    if (path === null) throw cancelledBy('no folder was chosen');
    return { path };
  }),
  /** The desktop's file dialog, for the private key an SFTP or git target logs in with; `cancelled` when dismissed. */
  'publish.chooseKeyFile': reads(noInput, async (_input, { host }) => {
    const [path] = await host.chooseFiles({ title: 'Choose your private SSH key (not the .pub file)' });
    if (path === undefined) throw cancelledBy('no key file was chosen');
    return { path };
  }),
  /** Adds a target; its password (if given) is kept by the Host, never in the journal. */
  'publish.add': reads(publishAddSchema, (input, { journal, host }) => addTarget(journal, host, input)),
  /** Forgets a target, its record and its password; the files published there stay online. */
  'publish.remove': reads(publishNameSchema, ({ name }, { journal, host }) => removeTarget(journal, host, name)),
  /** Keeps a new password for a target (null forgets it). */
  'publish.setSecret': reads(publishSecretSchema, ({ name, secret }, { journal, host }) => setTargetSecret(journal, host, name, secret)),
  /** After `host-key-changed`, once the user confirmed the new key is theirs: the next publish pins it. */
  'publish.forgetHostKey': reads(publishNameSchema, ({ name }, { journal, host }) => forgetHostKey(journal, host, name)),
  /**
   * Publish: builds the site, uploads what changed to the named target (or every target), deletes
   * what it no longer writes; progress and Cancel as the `publish` task. `dryRun` only lists.
   */
  'publish.run': reads(publishRunSchema, (request, { journal, host, tasks }) => publishAsTask(journal, host, tasks, request)),
};
