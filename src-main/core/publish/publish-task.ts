import type { PublishResult } from '../common/model';
import type { Host } from '../ipc/host';
import type { TaskRegistry } from '../interactive/tasks';
import type { Journal } from '../journal';
import { publish, type PublishOptions } from './publish';

/**
 * Publish as the app runs it: the `publish` task, with progress in the window (and its taskbar
 * entry) and Cancel (`tasks.cancel`). A second publish while one runs is refused.
 */
export async function publishAsTask(
  journal: Journal,
  host: Host,
  tasks: TaskRegistry,
  request: Pick<PublishOptions, 'name' | 'dryRun'>,
): Promise<PublishResult[]> {
  const { signal, end } = tasks.begin('publish');
  try {
    return await publish(journal, host, {
      ...request,
      signal,
      onProgress: ({ done, total, message }) => host.progress({ task: 'publish', done, total, message }),
    });
  } catch (error) {
    host.progress({ task: 'publish', done: 0, total: 0, message: 'stopped' });
    throw error;
  } finally {
    end();
  }
}
