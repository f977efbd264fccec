import type { z } from 'zod';
import { emptyInputSchema } from './schemas';

/** What a channel that takes no input accepts: nothing, or an empty object. */
export type NoInput = Record<string, never> | undefined;

/** Every channel that takes no input shares this one schema. (It also lets null through, which the type leaves out.) */
export const noInput = emptyInputSchema as z.ZodType<NoInput>;
