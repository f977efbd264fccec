import type { ErrorCode } from '@common/errors';

/** What the user can do next about a failed publish. */
export type NextStep = 'change-password' | 'trust-new-key' | 'try-again';

/**
 * A failed publish in plain words, by the core's error code (never by its message, which is shown
 * as it is under this): what happened, and the next step.
 */
export function failureStep(code: ErrorCode): { title: string; step: NextStep; advice: string } {
  switch (code) {
    case 'auth-failed':
      return { title: 'The server did not accept the password or key.', step: 'change-password', advice: 'Give the password (or the key’s passphrase) again.' };
    case 'host-key-changed':
      return {
        title: 'The server is not the one Dramalog met before.',
        step: 'trust-new-key',
        advice:
          'Trust its new key only if you know the server was reinstalled or moved: otherwise someone may be standing in for it to catch your password and pages.',
      };
    case 'unreachable':
      return { title: 'Dramalog could not reach the server.', step: 'try-again', advice: 'Check that you are online and the address is right, then try again.' };
    case 'connection-lost':
      return { title: 'The connection dropped part-way.', step: 'try-again', advice: 'What had not reached the server is sent when you try again.' };
    case 'conflict':
      // The message names the files (or the publish already running) and what to do about them.
      return { title: 'Nothing was published.', step: 'try-again', advice: '' };
    case 'forbidden':
      return { title: 'Dramalog may not write there.', step: 'try-again', advice: 'Check the folder and its permissions, then try again.' };
    default:
      return { title: 'The site was not published.', step: 'try-again', advice: '' };
  }
}
