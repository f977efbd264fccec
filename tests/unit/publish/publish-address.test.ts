import { expect, test } from 'vitest';
import { AddressProblem, formatTargetUrl, parseTargetUrl } from '../../../src-main/core/common/publish-address';

test('each kind of address is read into its parts and written back in one spelling', () => {
  const cases: [typed: string, parts: unknown, spelled: string][] = [
    ['  file:///srv/www/reviews/ ', { kind: 'folder', path: '/srv/www/reviews' }, 'file:///srv/www/reviews'],
    ['file:///C:/Sites/Reviews', { kind: 'folder', path: 'C:/Sites/Reviews' }, 'file:///C:/Sites/Reviews'],
    ['file:///home/jill/My%20Site', { kind: 'folder', path: '/home/jill/My Site' }, 'file:///home/jill/My%20Site'],
    ['sftp://jill@example.com/var/www', { kind: 'sftp', user: 'jill', host: 'example.com', port: 22, path: '/var/www' }, 'sftp://jill@example.com/var/www'],
    ['SFTP://jill@example.com:2222/~/public_html/', { kind: 'sftp', user: 'jill', host: 'example.com', port: 2222, path: 'public_html' }, 'sftp://jill@example.com:2222/~/public_html'],
    ['sftp://jill@example.com:22/~', { kind: 'sftp', user: 'jill', host: 'example.com', port: 22, path: '.' }, 'sftp://jill@example.com/~'],
    ['ftps://me%40mail@ftp.example.net/htdocs', { kind: 'ftps', user: 'me@mail', host: 'ftp.example.net', port: 21, path: '/htdocs' }, 'ftps://me%40mail@ftp.example.net/htdocs'],
    ['git+https://codeberg.org/jill/pages.git#main', { kind: 'git', remote: 'https://codeberg.org/jill/pages.git', branch: 'main', ssh: null }, 'git+https://codeberg.org/jill/pages.git#main'],
    ['git+ssh://git@github.com:2200/jill/site.git#gh-pages', { kind: 'git', remote: 'ssh://git@github.com:2200/jill/site.git', branch: 'gh-pages', ssh: { host: 'github.com', port: 2200 } }, 'git+ssh://git@github.com:2200/jill/site.git#gh-pages'],
    ['git+git@github.com:jill/site.git#gh-pages', { kind: 'git', remote: 'git@github.com:jill/site.git', branch: 'gh-pages', ssh: { host: 'github.com', port: 22 } }, 'git+git@github.com:jill/site.git#gh-pages'],
    ['git+file:///srv/git/site.git#pages', { kind: 'git', remote: 'file:///srv/git/site.git', branch: 'pages', ssh: null }, 'git+file:///srv/git/site.git#pages'],
  ];
  for (const [typed, parts, spelled] of cases) {
    const address = parseTargetUrl(typed);
    expect(address, typed).toEqual(parts);
    expect(formatTargetUrl(address), typed).toBe(spelled);
    expect(parseTargetUrl(spelled), spelled).toEqual(parts);
  }
});

test('an address Dramalog cannot publish to is refused with what to write instead', () => {
  const refusal = (typed: string) => {
    try {
      parseTargetUrl(typed);
    } catch (error) {
      expect(error).toBeInstanceOf(AddressProblem);
      return (error as Error).message;
    }
    throw new Error(`${typed} was accepted`);
  };
  expect(refusal('')).toBe('the address is empty; give one like sftp://you@example.com/var/www/site');
  expect(refusal('example.com/www')).toMatch(/^example\.com\/www is not an address Dramalog can publish to; use file:\/\/\/folder/);
  expect(refusal('ftp://me@example.com/www')).toBe('plain FTP sends your password unencrypted; use an ftps:// (FTP over TLS) or sftp:// address');
  expect(refusal('sftp://example.com/www')).toBe('the address must say who logs in: sftp://user@example.com/www');
  expect(refusal('sftp://jill:hunter2@example.com/www')).toMatch(/^leave the password out of the address/);
  expect(refusal('git+https://jill:token@github.com/jill/site.git#main')).toMatch(/^leave the password out of the address/);
  expect(refusal('git+https://github.com/jill/site.git')).toBe('the address must say which branch to publish to after #, e.g. git+https://github.com/jill/site.git#gh-pages');
  expect(refusal('git+https://github.com/jill/site.git#bad..name')).toBe('the address names the branch bad..name, which is not a name git accepts');
  expect(refusal('file://server/share')).toBe('a folder address has no host: write file:///path/to/folder (three slashes)');
  expect(refusal('https://example.com/')).toMatch(/^Dramalog cannot publish over https:/);
});
