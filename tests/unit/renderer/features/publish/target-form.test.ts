/**
 * The Add target form's values (src-renderer/features/publish/target-form.ts): each kind's fields
 * composed into the one address the core keeps, and each problem placed beside its field.
 */
import { describe, expect, test } from 'vitest';
import { ApiError } from '../../../../../src-renderer/api/api-error';
import { addressPreview, composeTarget, EMPTY_TARGET, targetErrorsFrom, type TargetFormValues } from '../../../../../src-renderer/features/publish/target-form';
import { shortHostKey } from '../../../../../src-renderer/features/publish/target-summary';

const form = (values: Partial<TargetFormValues>): TargetFormValues => ({ ...EMPTY_TARGET, name: 'host', ...values });

describe('each kind composes its address', () => {
  test('a folder, from a full path (a Windows one too)', () => {
    expect(composeTarget(form({ kind: 'folder', folder: '/srv/www/my site' }))).toEqual({
      ok: true,
      request: { name: 'host', url: 'file:///srv/www/my%20site', keyFile: null, secret: null },
    });
    expect(addressPreview(form({ kind: 'folder', folder: 'C:\\Sites\\reviews' }))).toBe('file:///C:/Sites/reviews');
  });

  test('SFTP and FTPS, with the port only when it is not the usual one, and a path under the home', () => {
    const sftp = composeTarget(form({ kind: 'sftp', host: 'example.com', port: '22', user: 'jill', path: '/var/www', keyFile: ' /home/jill/.ssh/id ', secret: 'pw' }));
    expect(sftp).toEqual({ ok: true, request: { name: 'host', url: 'sftp://jill@example.com/var/www', keyFile: '/home/jill/.ssh/id', secret: 'pw' } });
    expect(addressPreview(form({ kind: 'ftps', host: 'example.com', port: '2121', user: 'jill', path: 'site' }))).toBe('ftps://jill@example.com:2121/~/site');
  });

  test('an FTPS target takes no key file, and a folder no password, whatever was typed before the kind changed', () => {
    const composed = composeTarget(form({ kind: 'ftps', host: 'example.com', user: 'jill', path: '/www', keyFile: '/k', secret: 'pw' }));
    expect(composed).toMatchObject({ ok: true, request: { keyFile: null, secret: 'pw' } });
    expect(composeTarget(form({ kind: 'folder', folder: '/srv', secret: 'pw' }))).toMatchObject({ ok: true, request: { secret: null } });
  });

  test('git, as the repository and the branch', () => {
    expect(composeTarget(form({ kind: 'git', repository: 'git@github.com:jill/site.git', branch: 'gh-pages' }))).toMatchObject({
      ok: true,
      request: { url: 'git+git@github.com:jill/site.git#gh-pages' },
    });
  });
});

describe('every problem beside its field', () => {
  test('missing parts, a port out of range and a bad name, all at once', () => {
    const composed = composeTarget(form({ name: 'my host', kind: 'sftp', host: 'example.com', port: '70000' }));
    expect(composed.ok).toBe(false);
    if (composed.ok) return;
    expect(Object.keys(composed.errors.fields).sort()).toEqual(['name', 'path', 'port', 'user']);
    expect(composed.errors.fields.name).toMatch(/^Name must be one word/);
    expect(composed.errors.form).toBeNull();
  });

  test('a relative folder, and a branch git would refuse', () => {
    expect(composeTarget(form({ kind: 'folder', folder: 'site' }))).toMatchObject({ ok: false, errors: { fields: { folder: expect.stringContaining('full path') } } });
    expect(composeTarget(form({ kind: 'git', repository: 'https://github.com/jill/site.git', branch: 'a..b' }))).toMatchObject({
      ok: false,
      errors: { fields: { branch: 'Git does not accept a..b as a branch name.' } },
    });
  });

  test('an address the grammar refuses is shown beside the field that holds it', () => {
    expect(composeTarget(form({ kind: 'git', repository: 'ftp://example.com/site.git', branch: 'main' }))).toMatchObject({
      ok: false,
      errors: { fields: { repository: expect.stringContaining('over ftp: is not supported') } },
    });
    expect(composeTarget(form({ kind: 'sftp', host: 'exa mple.com', user: 'jill', path: '/www' }))).toMatchObject({ ok: false, errors: { fields: { host: expect.any(String) } } });
  });

  test('the core’s refusals by their field whatever their code; without one, on the form', () => {
    const taken = new ApiError({ code: 'conflict', message: 'You already publish to a target called host; choose another name.', field: 'name' });
    expect(targetErrorsFrom(taken, 'sftp')).toEqual({ fields: { name: 'You already publish to a target called host; choose another name.' }, form: null });
    const keyFile = new ApiError({ code: 'invalid-input', message: 'there is no key file at /nope', field: 'keyFile' });
    expect(targetErrorsFrom(keyFile, 'ftps'), 'FTPS shows no key file field').toEqual({ fields: {}, form: 'There is no key file at /nope' });
    expect(targetErrorsFrom(new ApiError({ code: 'internal', message: 'the disk is full' }), 'folder')).toEqual({ fields: {}, form: 'The disk is full' });
  });
});

test('a pinned key is shortened to what a person compares', () => {
  expect(shortHostKey('SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s')).toBe('SHA256:uNiVzt…j3tD2s');
  expect(shortHostKey('SHA256:short')).toBe('SHA256:short');
});
