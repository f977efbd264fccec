import { z } from 'zod';
import { AddressProblem, formatTargetUrl, parseTargetUrl } from '../publish-address';
import { refuseControlCharacters, text } from './fields';

/** The words after `dramalog publish` that are commands, so no target may be called one of them. */
export const PUBLISH_COMMAND_WORDS = ['add', 'list', 'remove', 'forget-key'] as const;

export const MAX_TARGET_NAME = 40;
/** Passwords and passphrases are the user's own; this only bounds the request. */
export const MAX_SECRET = 1_000;

export const targetName = text('name', { min: 1, max: MAX_TARGET_NAME })
  .refine((name) => !/[\s/\\]/.test(name), { error: 'name must be one word, without spaces or slashes (e.g. host, pages)' })
  .refine((name) => !name.startsWith('-'), { error: 'name cannot start with a dash' })
  .refine((name) => !(PUBLISH_COMMAND_WORDS as readonly string[]).includes(name.toLowerCase()), {
    error: `name cannot be one of ${PUBLISH_COMMAND_WORDS.join(', ')} (the publish command's own words)`,
  });

/** A target's address, checked and written in its one spelling (publish-address.ts). */
export const targetUrl = text('url', { min: 1, max: 2_000 }).transform((url, context) => {
  try {
    return formatTargetUrl(parseTargetUrl(url));
  } catch (error) {
    if (!(error instanceof AddressProblem)) throw error;
    context.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
});

/** A password or passphrase: kept as typed (spaces count), never trimmed or shown back. */
const secret = z
  .string({ error: 'password must be text' })
  .max(MAX_SECRET, { error: `password must be at most ${MAX_SECRET} characters` })
  .superRefine(refuseControlCharacters('password'));

const keyFile = text('keyFile', { max: 4_000 }).transform((path) => path || null);

export const publishAddSchema = z.strictObject(
  {
    name: targetName,
    url: targetUrl,
    keyFile: keyFile.nullable().optional(),
    secret: secret.nullable().optional(),
  },
  { error: 'expected an object with the target’s name and address' },
);

export const publishNameSchema = z.strictObject({ name: targetName }, { error: 'expected an object naming the publish target' });

export const publishSecretSchema = z.strictObject(
  { name: targetName, secret: secret.nullable() },
  { error: 'expected an object with the target’s name and its password (null forgets it)' },
);

export const publishRunSchema = z.strictObject(
  {
    name: targetName.optional(),
    dryRun: z.boolean({ error: 'dryRun must be true or false' }).optional(),
  },
  { error: 'expected an object with the publish options' },
);
