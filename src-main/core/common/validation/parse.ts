import type { z } from 'zod';
import { invalidInput, type CoreError } from '../errors';
import { plainPath } from './labels';

/** Parses `input`, or throws an invalid-input JournalError carrying the first problem, with its field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const [first] = problemsOf(result.error.issues);
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

function problemsOf(issues: readonly z.core.$ZodIssue[]): CoreError[] {
  return issues.map((issue) => {
    const field = fieldOf(issue);
    return { code: 'invalid-input', message: describeIssue(issue), ...(field !== undefined && { field }) };
  });
}

/** The field an issue is about, as a dotted path without list positions (`genres`, `aired.month`). */
function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  const path = issue.path.filter((segment) => typeof segment === 'string');
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) path.push(issue.keys[0]!);
  return path.length ? path.join('.') : undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in ${issue.path.join('.')}` : '';
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}${where}`;
  }
  // A missing field reads as missing, whether the schema wanted a type (number) or a choice (grade).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined && issue.path.length) {
    return `${plainPath(issue.path)} is required`;
  }
  return issue.message;
}

/** The input as the schema's type when it passes, or every problem with it (as `inputProblems`). */
export function checkInput<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; problems: CoreError[] } {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: inputProblems(schema, input) };
}
