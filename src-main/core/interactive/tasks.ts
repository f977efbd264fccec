import { JournalError } from '../common/errors';

/** Long work the user can watch (progress events name it) and cancel (`tasks.cancel`). */
export const TASK_NAMES = ['site-export', 'publish'] as const;
export type TaskName = (typeof TASK_NAMES)[number];

const DESCRIPTIONS: Record<TaskName, string> = {
  'site-export': 'an export',
  publish: 'a publish',
};

/**
 * The long tasks running now, one of each kind at a time: a second export while
 * one runs would race it for the same folders, so it is refused instead.
 */
export class TaskRegistry {
  private readonly running = new Map<TaskName, AbortController>();

  /** Starts `task` and answers its cancel signal and the function that marks it finished. */
  begin(task: TaskName): { signal: AbortSignal; end(): void } {
    if (this.running.has(task)) throw new JournalError('conflict', `${DESCRIPTIONS[task]} is already running; wait for it or cancel it first`);
    const controller = new AbortController();
    this.running.set(task, controller);
    return {
      signal: controller.signal,
      end: () => {
        if (this.running.get(task) === controller) this.running.delete(task);
      },
    };
  }

  /** Asks a running task to stop; answers whether one was running. */
  cancel(task: TaskName): boolean {
    const controller = this.running.get(task);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}

/** What the renderer gets when a dialog was dismissed or work was stopped: not a failure, nothing changed. */
export const cancelledBy = (what: string) => new JournalError('cancelled', what);
