import { memorySecrets } from '../../../src-main/core/publish/memory-secrets';
import type { FolderRequest, Host, OpenFileRequest, ProgressEvent, SaveFileRequest } from '../../../src-main/core/ipc/host';

/**
 * The core's Host for browser tests: instead of showing a dialog, each question
 * takes the next answer the test queued (or, with none queued, the user cancels).
 * Every question and progress event is recorded, so a test can check what was asked.
 *
 *   journal.host.answerFiles([pngPath]);          // the next file dialog picks this
 *   journal.host.answerFolder(exportDir);         // the next folder dialog picks this
 *
 * Opening the exported site and showing its folder are recorded too (`asked` kinds
 * 'open-site' and 'show-folder', with the folder): it acts as the desktop does, opening both itself.
 */
export class TestHost implements Host {
  private readonly files: string[][] = [];
  private readonly saveFiles: (string | null)[] = [];
  private readonly folders: (string | null)[] = [];
  readonly asked: (
    | { kind: 'files' | 'save-file' | 'folder'; request: OpenFileRequest | SaveFileRequest | FolderRequest }
    | { kind: 'open-site' | 'show-folder'; folder: string }
  )[] = [];
  readonly progressEvents: ProgressEvent[] = [];
  private readonly progressListeners = new Set<(event: ProgressEvent) => void>();

  answerFiles(paths: string[]): this {
    this.files.push(paths);
    return this;
  }

  answerSaveFile(path: string | null): this {
    this.saveFiles.push(path);
    return this;
  }

  answerFolder(path: string | null): this {
    this.folders.push(path);
    return this;
  }

  async chooseFiles(request: OpenFileRequest): Promise<string[]> {
    this.asked.push({ kind: 'files', request });
    return this.files.shift() ?? [];
  }

  async chooseSaveFile(request: SaveFileRequest): Promise<string | null> {
    this.asked.push({ kind: 'save-file', request });
    return this.saveFiles.length ? this.saveFiles.shift()! : null;
  }

  async chooseFolder(request: FolderRequest): Promise<string | null> {
    this.asked.push({ kind: 'folder', request });
    return this.folders.length ? this.folders.shift()! : null;
  }

  keepsFolder(): boolean {
    return true;
  }

  async openSite(folder: string): Promise<string | null> {
    this.asked.push({ kind: 'open-site', folder });
    return null;
  }

  async showFolder(folder: string): Promise<boolean> {
    this.asked.push({ kind: 'show-folder', folder });
    return true;
  }

  /** Publish passwords, kept in memory as `dramalog serve` keeps them. */
  private readonly secrets = memorySecrets();
  readonly publishSecret = this.secrets.publishSecret;
  readonly keepPublishSecret = this.secrets.keepPublishSecret;
  readonly secretPlace = this.secrets.secretPlace;

  private held: Promise<void> | null = null;

  /**
   * Holds long work at its next progress report until the returned function is called: the test can
   * then act while the work is surely still running (e.g. cancel an export part-way).
   */
  holdProgress(): () => void {
    let release!: () => void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = null;
      release();
    };
  }

  progress(event: ProgressEvent): void | Promise<void> {
    this.progressEvents.push(event);
    for (const listener of this.progressListeners) listener(event);
    return this.held ?? undefined;
  }

  /** Hears each progress event as it is reported (the fixtures forward them to the page); returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }
}
