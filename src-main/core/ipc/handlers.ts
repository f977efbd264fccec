import { TaskRegistry } from '../interactive/tasks';
import { sqliteProblem, type Journal } from '../journal';
import { runDeclared, type Channel, type ChannelContext } from './channel';
import { CHANNEL_NAMES, CHANNELS } from './channels';
import type { ChannelName, ChannelOutput } from './contract';
import { headlessHost, type Host } from './host';

/** One function per channel, taking the input as it arrived (unchecked) and answering its output. */
export type Handler<C extends ChannelName> = (input: unknown) => Promise<ChannelOutput<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

/**
 * Every declared channel bound to one journal and host; each checks its input and opens its
 * transaction (`runDeclared`). SQLite's errors about the journal itself (damaged, read-only,
 * not a database) are told in plain words, as the refusal they are, never as an internal error.
 */
export function createHandlers(journal: Journal, host: Host = headlessHost): Handlers {
  const context: ChannelContext = { journal, host, tasks: new TaskRegistry() };
  const handlerOf = (channel: ChannelName) => async (input: unknown) => {
    try {
      return await runDeclared(CHANNELS[channel] as Channel<unknown, unknown>, input, context);
    } catch (error) {
      throw sqliteProblem(journal.path, error) ?? error;
    }
  };
  return Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, handlerOf(channel)])) as Handlers;
}
