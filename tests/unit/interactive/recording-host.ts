import { memorySecrets } from '../../../src-main/core/publish/memory-secrets';
import type { FolderRequest, Host, OpenFileRequest, ProgressEvent, SaveFileRequest } from '../../../src-main/core/ipc/host';

/** A Host with the answers a test gives it, recording what the core asked and the progress it reported. */
export function recordingHost(answers: { files?: string[]; saveFile?: string | null; folder?: string | null; keepsFolder?: boolean } = {}) {
  const asked: (OpenFileRequest | SaveFileRequest | FolderRequest)[] = [];
  /** What the core asked to open or show: `open-site DIR`, `show-folder DIR`. */
  const shown: string[] = [];
  const progress: ProgressEvent[] = [];
  const listeners: ((event: ProgressEvent) => void)[] = [];
  const host: Host = {
    chooseFiles: async (request) => (asked.push(request), answers.files ?? []),
    chooseSaveFile: async (request) => (asked.push(request), answers.saveFile ?? null),
    chooseFolder: async (request) => (asked.push(request), answers.folder ?? null),
    progress: (event) => {
      progress.push(event);
      for (const listener of listeners) listener(event);
    },
    keepsFolder: () => answers.keepsFolder ?? true,
    openSite: async (folder) => (shown.push(`open-site ${folder}`), null),
    showFolder: async (folder) => (shown.push(`show-folder ${folder}`), true),
    ...memorySecrets(),
  };
  return { host, asked, shown, progress, onProgress: (listener: (event: ProgressEvent) => void) => listeners.push(listener) };
}
