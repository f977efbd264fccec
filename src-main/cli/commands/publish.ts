import type { PublishResult, PublishTarget } from '../../core/common/model';
import { JournalError } from '../../core/common/errors';
import { publishCounts, publishStopped } from '../../core/common/publish-summary';
import { PUBLISH_COMMAND_WORDS } from '../../core/common/validation/publish-schemas';
import { headlessContext, runDeclared } from '../../core/ipc/channel';
import { headlessHost, PUBLISH_PASSWORD_ENV, type Host } from '../../core/ipc/host';
import { UsageError } from '../io';
import type { Command, CommandContext } from './command';

type Action = (typeof PUBLISH_COMMAND_WORDS)[number];

/**
 * `dramalog publish`: set up where the site is published, and publish it. The same declared channels
 * as the app's (publish/channels.ts), so both check a target the same way. The command line keeps no
 * password: it is read from DRAMALOG_PUBLISH_PASSWORD at each publish, or the SSH agent logs in.
 */
export const publishCommand: Command = {
  name: 'publish',
  summary: 'Publish the site to a folder, an SFTP or FTPS server or a git branch; set up where',
  synopsis: '[NAME] [--dry-run] [--json] | add NAME URL [--key FILE] | list [--json] | remove NAME | forget-key NAME',
  description:
    'publish [NAME] exports what changed and uploads it to NAME, or to every target; --dry-run lists what would be\n' +
    'uploaded and deleted, contacting no server. Only files that changed since the last publish there are uploaded;\n' +
    'files Dramalog published and no longer writes are deleted; files it did not publish are never touched.\n' +
    'To every target, one that refuses (a server down, a wrong password) is said on stderr, the others go on, and the exit code is 1.\n' +
    'URL is file:///path, sftp://user@host[:port]/path, ftps://user@host[:port]/path or git+URL#branch.\n' +
    `Passwords and key passphrases come from ${PUBLISH_PASSWORD_ENV}; SFTP and git over ssh also use the SSH agent.\n` +
    'forget-key NAME: after "host key changed", once you know the new key is your server\'s, the next publish trusts it.',
  positionals: [{ name: 'NAME', description: 'A target’s name, or add, list, remove, forget-key', optional: true, variadic: true }],
  options: {
    'dry-run': { type: 'boolean', description: 'List what would be uploaded and deleted; send nothing' },
    key: { type: 'string', valueName: 'FILE', description: 'add: a private key file to log in with (SFTP, git over ssh)' },
    json: { type: 'boolean', description: 'Print JSON' },
  },
  async run(context) {
    const [first, ...rest] = context.positionals;
    if ((PUBLISH_COMMAND_WORDS as readonly string[]).includes(first)) return manage(first as Action, rest, context);
    if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`, 'publish');
    return publishNow(first, context);
  },
};

/** The CLI's Host: no dialogs; a target's password is the environment's. */
function cliHost(env: CommandContext['env']): Host {
  return { ...headlessHost, publishSecret: async () => env[PUBLISH_PASSWORD_ENV] || null };
}

/**
 * The publish channels, loaded when a publish command runs: they bring the site export (React's
 * renderer) with them, which `dramalog --help` and every other command start without.
 */
const loadPublishing = async () => ({ publishChannels: (await import('../../core/publish/channels')).publishChannels });

async function manage(action: Action, args: string[], context: CommandContext): Promise<void> {
  const { withJournal, readJournal, print, printJson, values, env, resolvePath } = context;
  const { publishChannels } = await loadPublishing();
  const host = cliHost(env);
  const needs = (count: number, what: string) => {
    if (args.length < count) throw new UsageError(`publish ${action} needs ${what}`, 'publish');
    if (args.length > count) throw new UsageError(`unexpected argument '${args[count]}'`, 'publish');
  };
  switch (action) {
    case 'add': {
      needs(2, 'NAME and URL');
      const keyFile = values.key === undefined ? null : resolvePath(values.key as string);
      const target = await withJournal((journal) =>
        runDeclared(publishChannels['publish.add'], { name: args[0], url: args[1], keyFile }, headlessContext(journal, host)),
      );
      return values.json ? printJson(target) : print(`Added ${target.name}: ${target.url}`);
    }
    case 'list': {
      needs(0, '');
      const targets = await readJournal((journal) => runDeclared(publishChannels['publish.targets'], undefined, headlessContext(journal, host)), () => []);
      if (values.json) return printJson(targets);
      return print(targets.length ? targets.map(targetLine).join('\n') : 'No publish targets yet. Add one with: dramalog publish add NAME URL');
    }
    case 'remove': {
      needs(1, 'NAME');
      const target = await withJournal((journal) => runDeclared(publishChannels['publish.remove'], { name: args[0] }, headlessContext(journal, host)));
      return print(`Removed ${target.name}; the files published there were left online.`);
    }
    case 'forget-key': {
      needs(1, 'NAME');
      const target = await withJournal((journal) =>
        runDeclared(publishChannels['publish.forgetHostKey'], { name: args[0] }, headlessContext(journal, host)),
      );
      return print(`Forgot ${target.name}'s server key; the next publish trusts the key it meets.`);
    }
  }
}

async function publishNow(name: string | undefined, context: CommandContext): Promise<void> {
  const { withJournal, print, printJson, values, env, progress } = context;
  // React's production build renders the site several times faster (as `export` does); set before React loads.
  process.env.NODE_ENV ??= 'production';
  const { publishChannels } = await loadPublishing();
  const progressHost: Host = {
    ...cliHost(env),
    progress: ({ done, total, message }) => progress(total ? `${message}: ${done} of ${total}` : (message ?? '')),
  };
  const request = { ...(name === undefined ? {} : { name }), ...(values['dry-run'] ? { dryRun: true } : {}) };
  let running: ReturnType<typeof headlessContext> | null = null;
  const interrupt = () => running?.tasks.cancel('publish');
  process.once('SIGINT', interrupt);
  let results: PublishResult[];
  try {
    results = await withJournal((journal) => {
      // The app's own channel: its schema, then the `publish` task with this host's progress (Ctrl-C cancels the task).
      running = headlessContext(journal, progressHost);
      return runDeclared(publishChannels['publish.run'], request, running);
    });
  } finally {
    progress(null);
    process.removeListener('SIGINT', interrupt);
  }
  if (values.json) printJson(results.length === 1 && results[0] ? results[0] : results);
  else {
    // The site's notes are the same for every target: said once, after the last.
    const notes = (results[0]?.notes ?? []).map((note) => `Note: ${note}`);
    print([...results.filter((result) => !result.failure).map(summary), ...notes].join('\n'));
  }
  // Publishing everywhere went on past a target that refused: each is said on stderr, and the exit code is 1.
  const stopped = results.flatMap((result) => (result.failure ? [{ ...result, failure: result.failure }] : []));
  if (stopped.length) throw new JournalError(stopped[0]!.failure.code, stopped.map(publishStopped).join('\n'));
}

function summary(result: PublishResult): string {
  const head = `${result.dryRun ? 'Would publish' : 'Published'} to ${result.target} (${result.url}): ${publishCounts(result)}`;
  const lines = result.dryRun ? [...result.uploaded.map((path) => `  upload  ${path}`), ...result.deleted.map((path) => `  delete  ${path}`)] : [];
  return [head, ...lines].join('\n');
}

function targetLine(target: PublishTarget): string {
  const last = target.lastPublishedAt ? `last published ${target.lastPublishedAt.slice(0, 10)}, ${target.publishedFiles.toLocaleString('en-US')} files` : 'not published yet';
  return `${target.name}  ${target.url}  (${last})`;
}
