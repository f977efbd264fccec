import { JournalError } from '../common/errors';
import { isChannelName } from './channels';
import type { IpcResult } from './contract';
import type { Handlers } from './handlers';

/** What any transport calls: a channel's name and its input as received, answered as data. */
export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

export { isChannelName };

/**
 * Runs a channel by name and answers `{ok, value}` or `{ok: false, error}` with the error as data
 * (`code`, `message`, and `field` or `line` where it has one). The Electron shell and the browser test
 * bridge both call this; the handlers check the input and open the transaction (handlers.ts).
 */
export function createDispatch(handlers: Handlers, onUnexpected: (error: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    try {
      if (!isChannelName(channel)) throw new JournalError('not-found', `unknown channel ${channel}`);
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(input) };
    } catch (error) {
      if (error instanceof JournalError) return { ok: false, error: error.toData() };
      onUnexpected(error);
      return { ok: false, error: { code: 'internal', message: `something went wrong: ${(error as Error)?.message ?? error}` } };
    }
  };
}
