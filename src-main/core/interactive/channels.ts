import { z } from 'zod';
import { oneOf } from '../common/validation/fields';
import { reads } from '../ipc/channel';
import { TASK_NAMES } from './tasks';

const taskCancelSchema = z.strictObject({ task: oneOf('task', TASK_NAMES) }, { error: 'expected an object naming the task to cancel' });

export const taskChannels = {
  /** Stops a running long task; answers whether one was running. */
  'tasks.cancel': reads(taskCancelSchema, ({ task }, { tasks }) => ({ cancelled: tasks.cancel(task) })),
};
