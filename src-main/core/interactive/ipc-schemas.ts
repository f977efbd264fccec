import { z } from 'zod';
import { oneOf } from '../common/validation/fields';
import { TASK_NAMES } from './tasks';

export const taskCancelSchema = z.strictObject({ task: oneOf('task', TASK_NAMES) }, { error: 'expected an object naming the task to cancel' });
