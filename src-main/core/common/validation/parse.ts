import type { z } from 'zod';
import { invalidInput, type CoreError } from '../errors';
import type { FieldLabel } from './fields';
import { plainPath } from './labels';

/**
 * Parses `input`, or throws an invalid-input JournalError carrying the first problem, with its
 * field (the issue's path in the input). `label` names a missing field the way the caller names
 * it (the CLI's options); without it, a field is named in plain words (labels.ts). The schema's
 * own messages were named when it was built (the `...Named(label)` schemas).
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, label?: FieldLabel): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const [first] = problemsOf(result.error.issues, label);
  throw invalidInput(first?.message ?? 'the input is not valid', first?.field === undefined ? {} : { field: first.field });
}

/**
 * Every problem with `input`, at most one per field, in the order the schema checks them:
 * what a form shows beside its fields before asking the core. Empty when the input passes.
 */
export function inputProblems(schema: z.ZodType<unknown>, input: unknown): CoreError[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  const seen = new Set<string | undefined>();
  return problemsOf(result.error.issues).filter((problem) => !seen.has(problem.field) && (seen.add(problem.field), true));
}

function problemsOf(issues: readonly z.core.$ZodIssue[], label?: FieldLabel): CoreError[] {
  return issues.map((issue) => {
    const field = fieldOf(issue);
    return { code: 'invalid-input', message: describeIssue(issue, label), ...(field !== undefined && { field }) };
  });
}

/** The field an issue is about, as a dotted path without list positions (`genres`, `aired.month`). */
function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  const path = issue.path.filter((segment) => typeof segment === 'string');
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) path.push(issue.keys[0]!);
  return path.length ? path.join('.') : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, label?: FieldLabel): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in ${issue.path.join('.')}` : '';
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}${where}`;
  }
  // A missing field reads as missing, whether the schema wanted a type (number) or a choice (grade).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined && issue.path.length) {
    const keys = issue.path.filter((segment) => typeof segment === 'string');
    const named = label ? label(keys.join('.'), keys[keys.length - 1] ?? '') : plainPath(issue.path);
    return `${named} is required`;
  }
  return issue.message;
}

/** The input as the schema's type when it passes, or every problem with it (as `inputProblems`). */
export function checkInput<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; problems: CoreError[] } {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: inputProblems(schema, input) };
}
