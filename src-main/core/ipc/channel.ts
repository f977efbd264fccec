import type { z } from 'zod';
import { parseInput } from '../common/validation/parse';
import { TaskRegistry } from '../interactive/tasks';
import type { Journal } from '../journal';
import { headlessHost, type Host } from './host';

/** What a channel's function is given besides its input: the journal, the desktop around it, the running long tasks. */
export interface ChannelContext {
  journal: Journal;
  host: Host;
  tasks: TaskRegistry;
}

/**
 * One channel, declared once beside its domain: the schema its input must pass, whether it
 * writes to the journal, and the function that answers it. The contract type, the list of
 * names, the schema map and the dispatcher are all derived from these declarations.
 */
export interface Channel<I, O> {
  readonly input: z.ZodType<I, unknown>;
  /** The dispatcher runs a writing channel inside one transaction: all of its writes land, or none do. */
  readonly writes: boolean;
  readonly run: (input: I, context: ChannelContext) => O | Promise<O>;
}

/** A channel that only reads (or asks the user, or writes files but not the journal); it may be async. */
export function reads<I, O>(input: z.ZodType<I, unknown>, run: (input: I, context: ChannelContext) => O | Promise<O>): Channel<I, O> {
  return { input, writes: false, run };
}

/**
 * A channel that writes to the journal. Its function is synchronous, because SQLite's
 * transaction is: a promise here would escape the transaction, so the type refuses one.
 */
export function writes<I, O>(
  input: z.ZodType<I, unknown>,
  run: (input: I, context: ChannelContext) => O extends PromiseLike<unknown> ? never : O,
): Channel<I, O> {
  return { input, writes: true, run: run as (input: I, context: ChannelContext) => O };
}

/**
 * The one way a declared channel runs, whichever door the request came through (IPC, a test
 * bridge, the CLI): its input is checked against its schema (an invalid-input error naming the
 * field, before anything else), and a writing channel runs inside one transaction, so a refusal
 * part-way changes nothing and the search index is brought up to date before the writes commit.
 */
export async function runDeclared<I, O>(declared: Channel<I, O>, input: unknown, context: ChannelContext): Promise<O> {
  const parsed = parseInput(declared.input as z.ZodType<I>, input);
  if (declared.writes) return context.journal.transaction(() => declared.run(parsed, context) as O);
  return declared.run(parsed, context);
}

/** The context for a caller with no desktop around it (the CLI, a script): every question to the user is cancelled, unless `host` answers. */
export function headlessContext(journal: Journal, host: Host = headlessHost): ChannelContext {
  return { journal, host, tasks: new TaskRegistry() };
}
