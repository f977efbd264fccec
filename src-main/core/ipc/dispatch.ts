import type { z } from 'zod';
import { JournalError } from '../common/errors';
import { parseInput } from '../common/validation/parse';
import { CHANNEL_NAMES, type ChannelName, type IpcResult } from './contract';
import type { Handlers } from './handlers';
import { INPUT_SCHEMAS } from './input-schemas';

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

const KNOWN = new Set<string>(CHANNEL_NAMES);

export function isChannelName(name: string): name is ChannelName {
  return KNOWN.has(name);
}

/**
 * Validates a channel's input, runs its handler and answers `{ok, value}` or
 * `{ok: false, error}`. The Electron shell and the browser test bridge both call this.
 */
export function createDispatch(handlers: Handlers, onUnexpected: (error: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    try {
      if (!isChannelName(channel)) throw new JournalError('not-found', `unknown channel ${channel}`);
      const parsed = parseInput(INPUT_SCHEMAS[channel] as z.ZodType<unknown>, input);
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed) };
    } catch (error) {
      if (error instanceof JournalError) return { ok: false, error: { code: error.code, message: error.message } };
      onUnexpected(error);
      return { ok: false, error: { code: 'internal', message: `something went wrong: ${(error as Error)?.message ?? error}` } };
    }
  };
}
