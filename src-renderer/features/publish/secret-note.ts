import { inBrowser } from '../../api/client';

/** Where a publish password is kept, in one line: never in the journal. */
export function secretNote(): string {
  return inBrowser()
    ? 'Kept by the Dramalog server until it stops (never in the journal): give it again after a restart.'
    : 'Kept in your system keychain, never in the journal.';
}
