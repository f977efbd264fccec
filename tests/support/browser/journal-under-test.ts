import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch, type Dispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { openJournal, type Journal } from '../../../src-main/core/journal';

/**
 * A real journal file in a temporary folder, opened with the real core, and the
 * dispatcher the page's bridge calls. `reopen()` closes the file and opens it again,
 * so a test can prove what the app wrote was really stored.
 */
export class JournalUnderTest {
  readonly dir: string;
  readonly path: string;
  private current: Journal;
  private currentDispatch: Dispatch;
  /** Errors the dispatcher did not expect (bugs, not user errors). */
  readonly unexpectedErrors: unknown[] = [];

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'dramalog-e2e-'));
    this.path = join(this.dir, 'journal.sqlite');
    this.current = openJournal(this.path);
    this.currentDispatch = this.dispatcherFor(this.current);
  }

  /** The open journal: seed it or read it back directly. */
  get journal(): Journal {
    return this.current;
  }

  /** What the page's `window.dramalog.<channel>(input)` reaches. */
  dispatch: Dispatch = (channel, input) => this.currentDispatch(channel, input);

  /** Closes the journal and opens the same file again, as a fresh app start would. */
  reopen(): Journal {
    this.current.close();
    this.current = openJournal(this.path);
    this.currentDispatch = this.dispatcherFor(this.current);
    return this.current;
  }

  dispose(): void {
    this.current.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private dispatcherFor(journal: Journal): Dispatch {
    return createDispatch(createHandlers(journal), (error) => this.unexpectedErrors.push(error));
  }
}
