import { expect, test, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

const showOpenDialog = vi.fn();
const showSaveDialog = vi.fn();
const openPath = vi.fn();
const showItemInFolder = vi.fn();
vi.mock('electron', () => ({ dialog: { showOpenDialog, showSaveDialog }, shell: { openPath, showItemInFolder } }));

const { PROGRESS_EVENT } = await import('../../../src-main/core/ipc/contract');
const { dialogHost } = await import('../../../src-main/shell/dialog-host');
const { memorySecrets } = await import('../../../src-main/core/publish/memory-secrets');

function fakeWindow() {
  const send = vi.fn();
  const setProgressBar = vi.fn();
  const window = { isDestroyed: () => false, setProgressBar, webContents: { send } } as unknown as BrowserWindow;
  return { window, send, setProgressBar };
}

test('progress goes to the window as PROGRESS_EVENT (for the page) and to its taskbar entry', () => {
  const { window, send, setProgressBar } = fakeWindow();
  const host = dialogHost(() => window, memorySecrets());
  host.progress({ task: 'site-export', done: 5, total: 20 });
  host.progress({ task: 'site-export', done: 20, total: 20 });
  host.progress({ task: 'site-export', done: 0, total: 0, message: 'stopped' });
  expect(send.mock.calls).toEqual([
    [PROGRESS_EVENT, { task: 'site-export', done: 5, total: 20 }],
    [PROGRESS_EVENT, { task: 'site-export', done: 20, total: 20 }],
    [PROGRESS_EVENT, { task: 'site-export', done: 0, total: 0, message: 'stopped' }],
  ]);
  expect(setProgressBar.mock.calls).toEqual([[0.25], [-1], [-1]]);
});

test('with no window, progress goes nowhere; the folder dialog answers the chosen folder or null', async () => {
  const host = dialogHost(() => null, memorySecrets());
  expect(() => host.progress({ task: 'site-export', done: 1, total: 2 })).not.toThrow();
  showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/me/site'] });
  expect(await host.chooseFolder({ title: 'Export the site', buttonLabel: 'Export Here' })).toBe('/home/me/site');
  expect(showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: ['openDirectory', 'createDirectory'], buttonLabel: 'Export Here' }));
  showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
  expect(await host.chooseFolder({ title: 'Export the site' })).toBeNull();
});

test('the save dialog asks before replacing a file (Linux does not by itself) and answers the path or null', async () => {
  const { window } = fakeWindow();
  const host = dialogHost(() => window, memorySecrets());
  showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/me/journal.json' });
  expect(await host.chooseSaveFile({ title: 'Export the journal as JSON', defaultName: 'journal.json' })).toBe('/home/me/journal.json');
  expect(showSaveDialog).toHaveBeenLastCalledWith(
    window,
    expect.objectContaining({ defaultPath: 'journal.json', properties: expect.arrayContaining(['showOverwriteConfirmation']) }),
  );
  showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
  expect(await host.chooseSaveFile({ title: 'Export the journal as JSON', defaultName: 'journal.json' })).toBeNull();
});

test('the open dialog lets several files be chosen only when asked, and answers none when dismissed', async () => {
  const host = dialogHost(() => null, memorySecrets());
  showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.txt', '/b.txt'] });
  expect(await host.chooseFiles({ title: 'Import reviews', multiple: true })).toEqual(['/a.txt', '/b.txt']);
  expect(showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
  showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/ignored.csv'] });
  expect(await host.chooseFiles({ title: 'Import a CSV' })).toEqual([]);
  expect(showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: ['openFile'] }));
});

test("Open Site opens the site's front page in the default browser; a failure the system reports is an error with its words", async () => {
  const host = dialogHost(() => null, memorySecrets());
  openPath.mockResolvedValueOnce('');
  expect(await host.openSite('/home/me/site')).toBeNull();
  expect(openPath).toHaveBeenLastCalledWith('/home/me/site/index.html');
  openPath.mockResolvedValueOnce('No application knows how to open this file');
  await expect(host.openSite('/home/me/site')).rejects.toMatchObject({
    code: 'internal',
    message: 'the site could not be opened in your browser: No application knows how to open this file',
  });
});

test("Show Folder opens the site's folder in the file manager with its front page selected; the chosen folder is kept", async () => {
  const host = dialogHost(() => null, memorySecrets());
  expect(await host.showFolder('/home/me/site')).toBe(true);
  expect(showItemInFolder).toHaveBeenCalledWith('/home/me/site/index.html');
  expect(host.keepsFolder('/home/me/site')).toBe(true);
});
