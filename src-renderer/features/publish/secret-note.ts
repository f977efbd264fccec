import type { SecretPlace } from '@common/model';

/** Where a publish password is kept, in one line (the core's Host says where: `publish.secretPlace`); never in the journal. */
const NOTES: Record<SecretPlace, string> = {
  keychain: 'Kept in your system keychain, never in the journal.',
  'app-session': 'Your system has no keychain Dramalog can use, so it is kept only until Dramalog quits (never in the journal).',
  'server-memory': 'Kept by the Dramalog server until it stops (never in the journal): give it again after a restart.',
  environment: 'The command line keeps no passwords: give it in DRAMALOG_PUBLISH_PASSWORD when you publish.',
};

export function secretNote(place: SecretPlace | null): string | undefined {
  return place === null ? undefined : NOTES[place];
}
