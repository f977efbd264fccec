import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../src-main/core/clock';
import { createDispatch, type Dispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Host } from '../../../src-main/core/ipc/host';
import { openJournal, type Journal } from '../../../src-main/core/journal';
import { TestHost } from './test-host';

export interface JournalUnderTestOptions {
  /**
   * Who answers the core's dialogs: by default `host` (the test queues answers); a page
   * that reaches the core through `dramalog serve` passes the server's browser host.
   */
  dialogHost?: Host;
  /**
   * A journal as a new user has it, with the first-run questions still to answer.
   * By default the journal is past them (settings.onboarded), so tests start on the library.
   */
  fresh?: boolean;
}

/**
 * A real journal file in a temporary folder, opened with the real core, and the
 * dispatcher the page's bridge calls. `reopen()` closes the file and opens it again,
 * so a test can prove what the app wrote was really stored. Dialogs the core asks
 * for are answered by `host` (see test-host.ts); the core's clock is the real time
 * plus whatever `advanceClock` added, so a test can let minutes pass.
 */
export class JournalUnderTest {
  readonly dir: string;
  readonly path: string;
  readonly host = new TestHost();
  private offsetMs = 0;
  private readonly clock: Clock = { now: () => new Date(Date.now() + this.offsetMs) };
  private current: Journal;
  private currentDispatch: Dispatch;
  /** Errors the dispatcher did not expect (bugs, not user errors). */
  readonly unexpectedErrors: unknown[] = [];

  private readonly dialogHost: Host;

  constructor(options: JournalUnderTestOptions = {}) {
    this.dialogHost = options.dialogHost ?? this.host;
    this.dir = mkdtempSync(join(tmpdir(), 'dramalog-e2e-'));
    this.path = join(this.dir, 'journal.sqlite');
    this.current = openJournal(this.path, { clock: this.clock });
    if (!options.fresh) this.current.settings.update({ onboarded: true });
    this.currentDispatch = this.dispatcherFor(this.current);
  }

  /** The open journal: seed it or read it back directly. */
  get journal(): Journal {
    return this.current;
  }

  private readonly awaitedCalls: { channel: string; answered: () => void }[] = [];

  /** What the page's `window.dramalog.<channel>(input)` reaches. */
  dispatch: Dispatch = async (channel, input) => {
    const result = await this.currentDispatch(channel, input);
    for (const waiter of this.awaitedCalls.filter((w) => w.channel === channel)) {
      this.awaitedCalls.splice(this.awaitedCalls.indexOf(waiter), 1);
      waiter.answered();
    }
    return result;
  };

  /** Settles once the core has answered the page's next call of `channel` (e.g. the cancel of an export). */
  nextCallOf(channel: string): Promise<void> {
    return new Promise((answered) => this.awaitedCalls.push({ channel, answered }));
  }

  /** Moves the journal's clock on, as if that much time had passed. */
  advanceClock(ms: number): void {
    this.offsetMs += ms;
  }

  /** Closes the journal and opens the same file again, as a fresh app start would. */
  reopen(): Journal {
    this.current.close();
    this.current = openJournal(this.path, { clock: this.clock });
    this.currentDispatch = this.dispatcherFor(this.current);
    return this.current;
  }

  dispose(): void {
    this.current.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private dispatcherFor(journal: Journal): Dispatch {
    return createDispatch(createHandlers(journal, this.dialogHost), (error) => this.unexpectedErrors.push(error));
  }
}
