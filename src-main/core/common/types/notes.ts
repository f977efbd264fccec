/** Private notes on a drama or one of its episodes. */

export interface Note {
  id: number;
  dramaId: number;
  /** null: a note on the whole drama; otherwise the episode it is about. */
  episode: number | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface NoteAddInput {
  dramaId: number;
  episode: number | null;
  text: string;
}

export interface NoteUpdateInput {
  id: number;
  text: string;
}
