import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../../../src-main/cli/commands';
import { expectOneLine, runIn, workspace } from './harness';

const commandNames = [...COMMANDS.keys()].join(', ');

describe('help', () => {
  test.each([[['--help']], [['-h']], [['help']]])('%j prints the overall help on stdout and exits 0', async (argv) => {
    const { dir, db } = workspace();
    const run = await runIn(dir, argv, { DRAMALOG_DB: db });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Usage: dramalog <command> [options]');
    for (const name of COMMANDS.keys()) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(run.stdout).toContain('--db PATH');
    expect(run.stdout).toContain('DRAMALOG_DB');
    expect(run.stdout).toContain(`  ${db}\n`);
  });

  test.each([...COMMANDS.keys()])('dramalog %s --help (and help %s) describes the command and its options', async (name) => {
    const { cli } = workspace();
    const run = await cli(name, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`Usage: dramalog ${name} ${COMMANDS.get(name)!.synopsis}`);
    for (const option of Object.keys(COMMANDS.get(name)!.options)) expect(run.stdout).toContain(`--${option}`);
    expect(run.stdout).toContain('--db PATH');
    expect(await cli('help', name)).toEqual(run);
  });

  test('help with --db shows where that journal is', async () => {
    const { cli, dir } = workspace();
    const run = await cli('help', '--db', 'other.sqlite', 'show');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: dramalog show /);
    expect(run.stdout).toContain(`  ${join(dir, 'other.sqlite')}\n`);
  });

  test('--help wins over everything else on the line and writes nothing', async () => {
    const { cli } = workspace();
    const run = await cli('add', '--title', 'x', '--bogus', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: dramalog add /);
  });

  test('the add help shows the synopsis (only the title is needed) and the statuses', async () => {
    const { cli } = workspace();
    const { stdout } = await cli('add', '--help');
    expect(stdout).toContain(
      'dramalog add --title T [--native-title K] [--platform P…] [--aired YYYY-MM] [--episodes N] [--genre G…] [--status STATUS]',
    );
    expect(stdout).toContain('Only --title is needed');
    expect(stdout).toContain('plan-to-watch, watching, on-hold, dropped, completed');
  });
});

describe('usage errors: exit 2, one line, with a hint', () => {
  test.each([
    [[], "dramalog needs a command. Run 'dramalog --help' for usage."],
    [['--db', 'x.sqlite'], "dramalog needs a command. Run 'dramalog --help' for usage."],
    [['frobnicate'], `unknown command 'frobnicate' (commands: ${commandNames}). Run 'dramalog --help' for usage.`],
    [['help', 'frobnicate'], `unknown command 'frobnicate' (commands: ${commandNames}). Run 'dramalog --help' for usage.`],
  ])('%j', async (argv, message) => {
    const { cli } = workspace();
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(expectOneLine(run.stderr)).toBe(message);
  });
});
