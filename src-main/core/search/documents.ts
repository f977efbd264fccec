import type { Database, Statement } from 'better-sqlite3';

/** What search looks at for one drama: each field as its paragraphs (NFC), as stored. */
export interface SearchDocument {
  id: number;
  title: string;
  nativeTitle: string;
  review: string[];
  notes: string[];
  cast: string[];
}

/** A cast member as one searchable line: `Keum Sae Rok (Do Hyeon Seo)`. */
export function castLine(actor: string, character: string | null): string {
  return character ? `${actor} (${character})` : actor;
}

/** Reads search documents with statements prepared once per connection. */
export class SearchDocuments {
  private readonly drama: Statement;
  private readonly review: Statement;
  private readonly notes: Statement;
  private readonly cast: Statement;

  constructor(db: Database) {
    this.drama = db.prepare('SELECT id, title, native_title FROM dramas WHERE id = ?');
    this.review = db.prepare('SELECT intro, story, closing FROM reviews WHERE drama_id = ?');
    this.notes = db.prepare('SELECT text FROM notes WHERE drama_id = ? ORDER BY episode IS NOT NULL, episode, id').pluck();
    this.cast = db.prepare('SELECT actor, character FROM cast_members WHERE drama_id = ? ORDER BY position, id');
  }

  load(id: number): SearchDocument | null {
    const drama = this.drama.get(id) as { id: number; title: string; native_title: string | null } | undefined;
    if (!drama) return null;
    const review = this.review.get(id) as { intro: string; story: string; closing: string } | undefined;
    const paragraphs = review
      ? [review.intro, review.story, review.closing].flatMap((list) => JSON.parse(list) as string[])
      : [];
    const cast = this.cast.all(id) as { actor: string; character: string | null }[];
    return {
      id,
      title: drama.title.normalize('NFC'),
      nativeTitle: (drama.native_title ?? '').normalize('NFC'),
      review: paragraphs.map(nfc),
      notes: (this.notes.all(id) as string[]).map(nfc),
      cast: cast.map((c) => nfc(castLine(c.actor, c.character))),
    };
  }
}

function nfc(text: string): string {
  return text.normalize('NFC');
}
