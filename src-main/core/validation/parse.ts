import type { z } from 'zod';
import { invalidInput } from '../errors';
import type { FieldLabel } from './fields';

/**
 * Parses `input`, or throws an invalid-input JournalError carrying the first problem's
 * message, and its field when the check that refused it names one (`params.field`):
 * the issue's path in the input (`members.0.actor`), or the field's own name.
 * `label` names a missing field (the schema's own messages were named when it was built).
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, label: FieldLabel = (path) => path): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const error = invalidInput(describeIssue(issue, label));
  const named = issue?.code === 'custom' ? (issue.params?.field as string | undefined) : undefined;
  if (named !== undefined) error.field = issue.path.length ? issue.path.join('.') : named;
  throw error;
}

function describeIssue(issue: z.core.$ZodIssue | undefined, label: FieldLabel): string {
  if (!issue) return 'the input is not valid';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in ${issue.path.join('.')}` : '';
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}${where}`;
  }
  // A missing field reads as missing, whether the schema wanted a type (number) or a choice (grade).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined && issue.path.length) {
    const path = issue.path.join('.');
    return `${label(path, path)} is required`;
  }
  return issue.message;
}
