import { GLOBAL_OPTIONS, type OptionSpec, type OptionSpecs } from './args';
import type { Command } from './commands/command';

export const usageHint = (command?: string) => `Run 'dramalog${command ? ` ${command}` : ''} --help' for usage`;

/** `dramalog --help`. */
export function overallHelp(commands: Iterable<Command>, journalPath: string): string {
  const list = [...commands];
  const nameWidth = Math.max(...list.map((c) => c.name.length)) + 2;
  return [
    'dramalog: the command line of Dramalog, a journal of the Korean dramas you watch',
    '',
    'Usage: dramalog <command> [options]',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(nameWidth)}${c.summary}`),
    '',
    'Options for every command:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    ...journalLines(journalPath),
    '',
    "Run 'dramalog <command> --help' or 'dramalog help <command>' for a command's options.",
    'Exit status: 0 done, 1 the input or the journal was refused (one line on stderr says why), 2 a usage error.',
  ].join('\n') + '\n';
}

/** `dramalog <command> --help`. */
export function commandHelp(command: Command, journalPath: string): string {
  return [
    `Usage: dramalog ${command.name} ${command.synopsis}`,
    '',
    `${command.summary}.`,
    ...(command.description ? command.description.split('\n') : []),
    ...(command.positionals.length
      ? ['', 'Arguments:', ...aligned(command.positionals.map((p) => [p.name, p.description]))]
      : []),
    '',
    'Options:',
    ...optionLines({ ...command.options, ...GLOBAL_OPTIONS }),
    '',
    ...journalLines(journalPath),
  ].join('\n') + '\n';
}

function journalLines(journalPath: string): string[] {
  return [
    'The journal is --db PATH if given, else the file named by the DRAMALOG_DB environment variable,',
    "else journal.sqlite in the app's data folder. For this run that is:",
    `  ${journalPath}`,
  ];
}

function optionLines(options: OptionSpecs): string[] {
  return aligned(Object.entries(options).map(([name, spec]) => [flagText(name, spec), spec.description]));
}

function flagText(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

function aligned(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}
