import type { FieldLabel } from '../../core/common/validation/fields';
import type { Command } from './command';

/**
 * The names a command's messages use for the core's fields: the option that sets a field
 * (`--native-title`) or the argument (`ID`), read from the command's own declarations (their
 * `field`). Fields no option sets keep the core's name. The core writes each message with
 * these names, so nothing is rewritten after the fact.
 */
export function fieldLabels(command: Pick<Command, 'options' | 'positionals'>): FieldLabel {
  const names = new Map<string, string>();
  for (const [option, spec] of Object.entries(command.options)) if (spec.field) names.set(spec.field, `--${option}`);
  for (const positional of command.positionals) if (positional.field) names.set(positional.field, positional.name);
  return (path, name) => names.get(path) ?? name;
}
