import { parseArgs } from 'node:util';
import { UsageError } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given several times; the values keep their order. */
  multiple?: boolean;
  short?: string;
  /** The placeholder shown in help, e.g. `PATH`. */
  valueName?: string;
  description: string;
  /**
   * The core input field this option sets, by its path (`nativeTitle`, `watch.status`): the
   * core's messages then name the option (`--native-title is required`). See field-labels.ts.
   */
  field?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface PositionalSpec {
  name: string;
  description: string;
  /** The last positional only: it takes one or more words (`import FILE…`). */
  variadic?: boolean;
  /** The last positional only: it may be left out (`cover ID --remove`); the command checks when it is needed. */
  optional?: boolean;
  /** The core input field this argument sets, by its path, as for options. */
  field?: string;
}

export type OptionValue = string | boolean | string[] | undefined;

export interface ParsedArgs {
  values: Record<string, OptionValue>;
  positionals: string[];
  help: boolean;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  db: { type: 'string', valueName: 'PATH', description: 'The journal file to use' },
  help: { type: 'boolean', short: 'h', description: 'Show help' },
};

/**
 * Reads `args` against a command's options and positionals, refusing anything
 * it does not know with a UsageError. node:util parseArgs splits the words;
 * the checks are ours so each refusal gets a message that says what to fix.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: OptionSpecs,
  positionals: readonly PositionalSpec[],
): ParsedArgs {
  const specs: OptionSpecs = { ...GLOBAL_OPTIONS, ...options };
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const fail = (message: string) => new UsageError(message, command);

  // Asking for help is never an error, whatever else is on the line.
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) {
    const db = tokens.find((t) => t.kind === 'option' && t.name === 'db' && typeof t.value === 'string');
    return { values: { db: db?.kind === 'option' ? db.value : undefined }, positionals: [], help: true };
  }
  const values: Record<string, OptionValue> = {};
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) throw fail(`unknown option ${token.rawName}`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw fail(`${token.rawName} does not take a value`);
      values[token.name] = true;
      continue;
    }
    // A following `--word` is another option, not this one's value: `--title --json` lacks a title.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      throw fail(`${token.rawName} needs a value${spec.valueName ? ` (${token.rawName} ${spec.valueName})` : ''}`);
    }
    if (spec.multiple) {
      values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
    } else {
      if (values[token.name] !== undefined) throw fail(`${token.rawName} was given more than once`);
      values[token.name] = token.value;
    }
  }
  const required = positionals.filter((p) => !p.optional);
  if (words.length < required.length) {
    throw fail(`${command} needs ${required.slice(words.length).map((p) => p.name).join(' and ')}`);
  }
  if (words.length > positionals.length && !positionals.at(-1)?.variadic) {
    throw fail(`unexpected argument '${words[positionals.length]}'`);
  }
  return { values, positionals: words, help: false };
}

/**
 * Splits the command name from the rest of the command line. Global options may
 * come before it (`dramalog --db j.sqlite list`), so `--db`'s value is skipped.
 */
export function splitCommand(argv: readonly string[]): { command?: string; rest: string[]; help: boolean } {
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--help' || arg === '-h') help = true;
    if (arg === '--db') {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)], help };
  }
  return { rest: [...argv], help };
}
