export type NoteField = 'episode' | 'text';

/** The core's names in note messages ("note is required", "episode must be from 1 to 12…"). */
export const NOTE_FIELDS_BY_CORE_NAME: Readonly<Record<string, NoteField>> = {
  note: 'text',
  text: 'text',
  episode: 'episode',
};

export function noteSubject(episode: number | null): string {
  return episode === null ? 'The whole drama' : `Episode ${episode}`;
}
