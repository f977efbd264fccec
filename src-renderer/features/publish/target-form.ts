/**
 * The Add target form as data: the fields each kind of target asks for, composed into the one
 * address the core keeps (formatTargetUrl), and every problem placed beside the field it is about.
 * The shared schema checks the composed request as the core will; the few checks here are about
 * the form's own split of the address (a port that is a number, a folder written as a full path).
 */
import type { CoreError } from '@common/errors';
import type { PublishAddress, PublishKind } from '@common/model';
import { AddressProblem, formatTargetUrl, parseTargetUrl } from '@common/publish-address';
import { checkInput } from '@common/validation/parse';
import { publishAddSchema } from '@common/validation/publish-schemas';
import { ApiError, messageOf } from '../../api/api-error';
import { asSentence } from '../../shared/format/sentence';
import type { FormErrors } from '../../shared/forms/field-errors';

export interface TargetFormValues {
  name: string;
  kind: PublishKind;
  /** Folder: a full path on the computer that runs Dramalog. */
  folder: string;
  /** SFTP and FTPS. */
  host: string;
  port: string;
  user: string;
  path: string;
  /** Git: the repository as git is given it, and the branch the site goes to. */
  repository: string;
  branch: string;
  keyFile: string;
  secret: string;
}

export type TargetField = Exclude<keyof TargetFormValues, 'kind'>;

export const EMPTY_TARGET: TargetFormValues = {
  name: '',
  kind: 'folder',
  folder: '',
  host: '',
  port: '',
  user: '',
  path: '',
  repository: '',
  branch: '',
  keyFile: '',
  secret: '',
};

export const KIND_LABELS: Readonly<Record<PublishKind, string>> = { folder: 'Folder', sftp: 'SFTP', ftps: 'FTPS', git: 'Git' };

/** The fields each kind shows, in order: where focus goes after a refusal. */
export const FIELDS_OF_KIND: Readonly<Record<PublishKind, readonly TargetField[]>> = {
  folder: ['name', 'folder'],
  sftp: ['name', 'host', 'port', 'user', 'path', 'keyFile', 'secret'],
  ftps: ['name', 'host', 'port', 'user', 'path', 'secret'],
  git: ['name', 'repository', 'branch', 'keyFile', 'secret'],
};

/** Which field the composed address stands for, when the core or the schema refuses the address as a whole. */
const ADDRESS_FIELD: Readonly<Record<PublishKind, TargetField>> = { folder: 'folder', sftp: 'host', ftps: 'host', git: 'repository' };

const DEFAULT_PORT: Readonly<Partial<Record<PublishKind, number>>> = { sftp: 22, ftps: 21 };

export const defaultPortOf = (kind: PublishKind): number | null => DEFAULT_PORT[kind] ?? null;

export type AddRequest = { name: string; url: string; keyFile: string | null; secret: string | null };

export type Composed = { ok: true; request: AddRequest } | { ok: false; errors: FormErrors<TargetField> };

/** The request the core is sent, or every problem beside its field (nothing is sent then). */
export function composeTarget(values: TargetFormValues): Composed {
  const fields: Partial<Record<TargetField, string>> = {};
  const address = addressOf(values, fields);
  const keyFile = FIELDS_OF_KIND[values.kind].includes('keyFile') ? values.keyFile.trim() || null : null;
  const secret = FIELDS_OF_KIND[values.kind].includes('secret') ? values.secret || null : null;
  // A placeholder address when the parts are incomplete, so the schema still checks the name, key file and password.
  const request: AddRequest = { name: values.name.trim(), url: address ? formatTargetUrl(address) : 'file:///', keyFile, secret };
  const checked = checkInput(publishAddSchema, request);
  const placed = checked.ok ? { fields, form: null } : placeProblems(checked.problems, values.kind, fields);
  if (Object.keys(placed.fields).length || placed.form) return { ok: false, errors: placed };
  return { ok: true, request: checked.ok ? { ...request, url: checked.value.url } : request };
}

/** The address the form's fields make, as it will be kept; null while a part is missing. For the form to show as it is typed. */
export function addressPreview(values: TargetFormValues): string | null {
  const address = addressOf(values, {});
  if (!address) return null;
  try {
    return formatTargetUrl(parseTargetUrl(formatTargetUrl(address)));
  } catch {
    return null;
  }
}

/** A refusal of the core (`add`, `setSecret`) beside its field, whatever its code (a name taken is a `conflict` on `name`). */
export function targetErrorsFrom(error: unknown, kind: PublishKind): FormErrors<TargetField> {
  if (error instanceof ApiError && (error.problems?.length || error.field)) return placeProblems(error.problems ?? [error], kind, {});
  return { fields: {}, form: asSentence(messageOf(error)) };
}

export function firstTargetFieldWithError(errors: FormErrors<TargetField>, kind: PublishKind): TargetField | null {
  return FIELDS_OF_KIND[kind].find((field) => errors.fields[field] !== undefined) ?? null;
}

function placeProblems(problems: readonly CoreError[], kind: PublishKind, already: Partial<Record<TargetField, string>>): FormErrors<TargetField> {
  const placed: FormErrors<TargetField> = { fields: { ...already }, form: null };
  for (const problem of problems) {
    const field = problem.field === 'url' ? ADDRESS_FIELD[kind] : fieldOfCore(problem.field);
    if (field && FIELDS_OF_KIND[kind].includes(field)) placed.fields[field] ??= asSentence(problem.message);
    else placed.form ??= asSentence(problem.message);
  }
  return placed;
}

function fieldOfCore(field: string | undefined): TargetField | null {
  return field === 'name' || field === 'keyFile' || field === 'secret' ? field : null;
}

/** The address the kind's fields describe; a missing or malformed part is noted in `fields` and answers null. */
function addressOf(values: TargetFormValues, fields: Partial<Record<TargetField, string>>): PublishAddress | null {
  const need = (field: TargetField, what: string) => {
    const value = values[field].trim();
    if (!value) fields[field] = `Give ${what}.`;
    return value;
  };
  switch (values.kind) {
    case 'folder': {
      const folder = need('folder', 'the folder, as a full path').replaceAll('\\', '/');
      if (!folder) return null;
      if (!/^(\/|[A-Za-z]:\/)/.test(folder)) {
        fields.folder = 'Give the folder as a full path, starting with / (or a drive, like C:\\ on Windows).';
        return null;
      }
      return { kind: 'folder', path: folder };
    }
    case 'sftp':
    case 'ftps': {
      const host = need('host', 'the server’s name, like example.com');
      const user = need('user', 'the user name you log in with');
      const path = need('path', 'the folder on the server, like /var/www/site');
      const port = portOf(values.port, values.kind, fields);
      if (!host || !user || !path || port === null) return null;
      // A path not starting with / is under the login's home, as the address grammar says.
      return { kind: values.kind, host, user, port, path: path.startsWith('/') ? path : path.replace(/^~\/?/, '') || '.' };
    }
    case 'git': {
      const remote = need('repository', 'the repository, like https://github.com/you/site.git');
      const branch = need('branch', 'the branch the site goes to, like gh-pages');
      if (branch && !validBranch(branch)) fields.branch = `Git does not accept ${branch} as a branch name.`;
      if (!remote || !branch || fields.branch) return null;
      return { kind: 'git', remote, branch, ssh: null };
    }
  }
}

function portOf(text: string, kind: PublishKind, fields: Partial<Record<TargetField, string>>): number | null {
  const trimmed = text.trim();
  if (!trimmed) return defaultPortOf(kind);
  const port = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || port < 1 || port > 65_535) {
    fields.port = `A number from 1 to 65535, or empty for ${defaultPortOf(kind)}.`;
    return null;
  }
  return port;
}

/** The branch checked by the address grammar itself, on an address that can only fail for its branch. */
function validBranch(branch: string): boolean {
  try {
    parseTargetUrl(`git+file:///repository#${branch}`);
    return true;
  } catch (error) {
    if (error instanceof AddressProblem) return false;
    throw error;
  }
}
