/**
 * What the desktop asks with native dialogs, asked the browser's way: a file
 * input for files to open, a download for files to save, and for a folder a
 * question the FolderPrompt component shows (a folder on the machine that runs
 * Dramalog, remembered, or a .zip download). http-transport.ts asks before the call.
 */
import { create } from 'zustand';
import type { ChannelName } from '@core/ipc/contract';
import { PICTURE_FILE_EXTENSIONS } from '@common/picture-file';

export type BrowserDialog =
  | { kind: 'open'; accept: string; multiple?: boolean }
  | { kind: 'save'; zipName: string }
  | { kind: 'folder'; title: string; zipName: string };

/** The channels whose handler asks the Host a question, and how the browser asks it. */
export const DIALOGS: Partial<Record<ChannelName, BrowserDialog>> = {
  'pictures.add': { kind: 'open', accept: PICTURE_FILE_EXTENSIONS.map((e) => `.${e}`).join(',') },
  'import.chooseFiles': { kind: 'open', accept: '.txt,text/plain', multiple: true },
  'transfer.chooseCsv': { kind: 'open', accept: '.csv,text/csv' },
  'journal.dump': { kind: 'save', zipName: 'dramalog-journal.zip' },
  'journal.load': { kind: 'open', accept: '.json,application/json' },
  'site.export': { kind: 'folder', title: 'Export the site', zipName: 'dramalog-site.zip' },
};

/** Lets the user pick files; an empty list when they cancelled. */
export function pickFiles(dialog: { accept: string; multiple?: boolean }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = dialog.accept;
    input.multiple = dialog.multiple ?? false;
    input.hidden = true;
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}

/** Starts the browser's download of a file the server prepared. */
export function download(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

export type FolderAnswer = { folder: string } | { download: true } | null;

const REMEMBERED_FOLDER = 'dramalog.serve.export-folder';

interface FolderPromptState {
  request: { title: string } | null;
  remembered: string;
  /** `suggested`: the folder to offer first (the journal's remembered site folder), else the last one typed in this browser. */
  ask(title: string, suggested?: string): Promise<FolderAnswer>;
  answer(answer: FolderAnswer): void;
}

let settle: ((answer: FolderAnswer) => void) | null = null;

export const useFolderPrompt = create<FolderPromptState>()((set) => ({
  request: null,
  remembered: '',
  ask(title, suggested) {
    settle?.(null);
    set({ request: { title }, remembered: suggested || (localStorage.getItem(REMEMBERED_FOLDER) ?? '') });
    return new Promise((resolve) => {
      settle = resolve;
    });
  },
  answer(answer) {
    if (answer && 'folder' in answer) localStorage.setItem(REMEMBERED_FOLDER, answer.folder);
    set({ request: null });
    settle?.(answer);
    settle = null;
  },
}));
