import type { Database } from 'better-sqlite3';
import { isoNow, type Clock } from '../clock';
import { gone, JournalError, type ErrorCode } from '../common/errors';
import { parseInput } from '../common/validation/parse';
import { listAddSchema, listCreateSchema, listMoveSchema, listNoteSchema, listUpdateSchema } from './schemas';
import type {
  DramaList,
  ListAddInput,
  ListCreateInput,
  ListItem,
  ListMoveInput,
  ListNoteInput,
  ListSummary,
  ListUpdateInput,
} from '../common/types/lists';

interface ListRow {
  id: number;
  name: string;
  description: string;
  public: number;
  size: number;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  id: number;
  list_id: number;
  drama_id: number;
  title: string;
  native_title: string | null;
  position: number;
  note: string;
}

const SUMMARY = `SELECT l.*, (SELECT count(*) FROM list_items i WHERE i.list_id = l.id) AS size FROM lists l`;

/** A refusal the caller can act on, naming the field it is about. */
function refusal(code: ErrorCode, field: string | undefined, message: string): JournalError {
  return new JournalError(code, message, field ? { field } : {});
}

/**
 * The user's own lists: each write checks its input by the channels' rules and
 * runs in one transaction, so a refused or failed change leaves the list as it was.
 * Positions are kept 1, 2, 3… in the user's order.
 */
export class ListRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  all(): ListSummary[] {
    return (this.db.prepare(`${SUMMARY} ORDER BY l.name COLLATE NOCASE, l.id`).all() as ListRow[]).map(toSummary);
  }

  get(id: number): DramaList {
    const row = this.db.prepare(`${SUMMARY} WHERE l.id = ?`).get(id) as ListRow | undefined;
    if (!row) throw gone('list', { field: 'id' });
    const items = this.db
      .prepare(
        `SELECT i.id, i.list_id, i.drama_id, d.title, d.native_title, i.position, i.note
         FROM list_items i JOIN dramas d ON d.id = i.drama_id WHERE i.list_id = ? ORDER BY i.position, i.id`,
      )
      .all(id) as ItemRow[];
    // A deleted drama leaves a gap in the stored positions; the user sees 1, 2, 3…
    return { ...toSummary(row), items: items.map((item, index) => ({ ...toItem(item), position: index + 1 })) };
  }

  /** The ids of the lists that hold the drama: the drama screen marks them. */
  holding(dramaId: number): number[] {
    return this.db.prepare('SELECT list_id FROM list_items WHERE drama_id = ? ORDER BY list_id').pluck().all(dramaId) as number[];
  }

  create(input: ListCreateInput): DramaList {
    const valid = parseInput(listCreateSchema, input);
    return this.write(() => {
      this.refuseTakenName(valid.name, null);
      const now = isoNow(this.clock);
      const id = this.db
        .prepare('INSERT INTO lists (name, description, public, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(valid.name, valid.description ?? '', valid.public ? 1 : 0, now, now).lastInsertRowid;
      return this.get(Number(id));
    });
  }

  update(input: ListUpdateInput): DramaList {
    const valid = parseInput(listUpdateSchema, input);
    return this.write(() => {
      const list = this.get(valid.id);
      if (valid.name !== undefined) this.refuseTakenName(valid.name, valid.id);
      this.db
        .prepare('UPDATE lists SET name = ?, description = ?, public = ?, updated_at = ? WHERE id = ?')
        .run(
          valid.name ?? list.name,
          valid.description ?? list.description,
          (valid.public ?? list.public) ? 1 : 0,
          isoNow(this.clock),
          valid.id,
        );
      return this.get(valid.id);
    });
  }

  delete(id: number): void {
    this.write(() => {
      const { changes } = this.db.prepare('DELETE FROM lists WHERE id = ?').run(id);
      if (!changes) throw gone('list', { field: 'id' });
    });
  }

  /** Adds the drama at the end of the list. */
  add(input: ListAddInput): DramaList {
    const valid = parseInput(listAddSchema, input);
    return this.write(() => {
      const list = this.get(valid.listId);
      const title = this.db.prepare('SELECT title FROM dramas WHERE id = ?').pluck().get(valid.dramaId) as string | undefined;
      if (title === undefined) throw gone('drama', { field: 'dramaId' });
      if (list.items.some((item) => item.dramaId === valid.dramaId)) {
        throw refusal('conflict', 'dramaId', `${title} is already in the list ${list.name}`);
      }
      this.db
        .prepare('INSERT INTO list_items (list_id, drama_id, position, note) VALUES (?, ?, ?, ?)')
        .run(valid.listId, valid.dramaId, list.items.length + 1, valid.note ?? '');
      return this.touched(valid.listId);
    });
  }

  remove(itemId: number): DramaList {
    return this.write(() => {
      const item = this.item(itemId);
      this.db.prepare('DELETE FROM list_items WHERE id = ?').run(itemId);
      this.renumber(item.list_id, this.get(item.list_id).items.map((i) => i.id));
      return this.touched(item.list_id);
    });
  }

  /** Moves an item to a place in its list (1 = first); the items between close up around it. */
  move(input: ListMoveInput): DramaList {
    const valid = parseInput(listMoveSchema, input);
    return this.write(() => {
      const item = this.item(valid.itemId);
      const order = this.get(item.list_id).items.map((i) => i.id);
      if (valid.position > order.length) {
        throw refusal(
          'invalid-input',
          'position',
          `position must be from 1 to ${order.length}, the number of dramas in the list`,
        );
      }
      order.splice(order.indexOf(item.id), 1);
      order.splice(valid.position - 1, 0, item.id);
      this.renumber(item.list_id, order);
      return this.touched(item.list_id);
    });
  }

  setNote(input: ListNoteInput): DramaList {
    const valid = parseInput(listNoteSchema, input);
    return this.write(() => {
      const item = this.item(valid.itemId);
      this.db.prepare('UPDATE list_items SET note = ? WHERE id = ?').run(valid.note, valid.itemId);
      return this.touched(item.list_id);
    });
  }

  private item(itemId: number): ItemRow {
    const row = this.db.prepare('SELECT * FROM list_items WHERE id = ?').get(itemId) as ItemRow | undefined;
    if (!row) throw refusal('not-found', 'itemId', 'That drama is no longer in the list.');
    return row;
  }

  private refuseTakenName(name: string, exceptId: number | null): void {
    const taken = this.db
      .prepare('SELECT id FROM lists WHERE name = ? COLLATE NOCASE AND id IS NOT ?')
      .pluck()
      .get(name, exceptId) as number | undefined;
    if (taken !== undefined) throw refusal('conflict', 'name', `there is already a list named ${name}`);
  }

  private renumber(listId: number, order: number[]): void {
    const place = this.db.prepare('UPDATE list_items SET position = ? WHERE id = ? AND list_id = ?');
    order.forEach((itemId, index) => place.run(index + 1, itemId, listId));
  }

  private touched(listId: number): DramaList {
    this.db.prepare('UPDATE lists SET updated_at = ? WHERE id = ?').run(isoNow(this.clock), listId);
    return this.get(listId);
  }

  /** One transaction (a savepoint inside the caller's): all of the change lands, or none. */
  private write<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

function toSummary(row: ListRow): ListSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    public: row.public === 1,
    size: row.size,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toItem(row: ItemRow): ListItem {
  return {
    id: row.id,
    listId: row.list_id,
    dramaId: row.drama_id,
    title: row.title,
    nativeTitle: row.native_title,
    position: row.position,
    note: row.note,
  };
}
