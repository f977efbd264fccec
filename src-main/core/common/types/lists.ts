/** The user's own lists of dramas, as the core, the channels and the app see them. */

export interface ListSummary {
  id: number;
  name: string;
  description: string;
  /** Public lists are exported with the site; a list is private until the user says so. */
  public: boolean;
  /** How many dramas the list holds. */
  size: number;
  createdAt: string;
  updatedAt: string;
}

/** A drama in a list, at its place in the user's order (1 = first). */
export interface ListItem {
  id: number;
  listId: number;
  dramaId: number;
  title: string;
  nativeTitle: string | null;
  position: number;
  note: string;
}

export interface DramaList extends ListSummary {
  items: ListItem[];
}

export interface ListCreateInput {
  name: string;
  description?: string;
  public?: boolean;
}

/** Renames, describes or marks public; fields left out stay as they are. */
export interface ListUpdateInput {
  id: number;
  name?: string;
  description?: string;
  public?: boolean;
}

export interface ListAddInput {
  listId: number;
  dramaId: number;
  note?: string;
}

/** Moves an item to `position` (1 = first) in its list; the others close up around it. */
export interface ListMoveInput {
  itemId: number;
  position: number;
}

export interface ListNoteInput {
  itemId: number;
  note: string;
}
