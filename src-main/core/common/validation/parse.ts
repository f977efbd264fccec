import type { z } from 'zod';
import { invalidInput } from '../errors';

/** Parses `input`, or throws an invalid-input JournalError carrying the first problem's message. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw invalidInput(describeIssue(result.error.issues[0]));
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'the input is not valid';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in ${issue.path.join('.')}` : '';
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}${where}`;
  }
  // A missing field reads as missing, whether the schema wanted a type (number) or a choice (grade).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined && issue.path.length) {
    return `${issue.path.join('.')} is required`;
  }
  return issue.message;
}
