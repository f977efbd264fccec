/**
 * The markup of list entries (`<li>` by `Entry`), for the three lists, the
 * actor pages and the years in review: ten thousand reviews make some sixty
 * thousand entries. React draws `Entry` once per kind of entry (with or
 * without a grade, a draft or not, with or without a note) with a placeholder
 * in every value; each entry is then that markup with its own values put in,
 * escaped as React escapes them. Before the templates are used, sample entries
 * of every kind holding every character React escapes are drawn both ways and
 * must agree to the byte; otherwise, and for an entry linking anywhere but a
 * plain page address, entries are drawn by React.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Grade } from '../../common/model';
import { escapeAsReact, parseTemplate, PLAIN_HREF, placeholder } from '../template-markup';
import { Entry, type ListEntry } from './parts';

type Slot = 'title' | 'native' | 'release' | 'grade' | 'href' | 'note';
const SLOTS = new Set<string>(['title', 'native', 'release', 'grade', 'href', 'note']);
type Piece = string | { slot: Slot };

/** Kinds of entry, one template each: with or without a grade, a draft, a note; a card (without a cover: one with a cover is drawn by React). */
const KINDS = 16;
const kindOf = (entry: ListEntry) => (entry.grade ? 1 : 0) + (entry.draft ? 2 : 0) + (entry.note !== undefined ? 4 : 0) + (entry.cover !== undefined ? 8 : 0);

function byReact(entry: ListEntry): string {
  return renderToStaticMarkup(createElement(Entry, { entry }));
}

/** The template of one kind of entry, or null when `Entry` shows a value in a way a template cannot reproduce. */
function drawTemplate(kind: number): Piece[] | null {
  return parseTemplate<{ slot: Slot }>(
    byReact({
      title: placeholder('title'),
      nativeTitle: placeholder('native'),
      releaseLine: placeholder('release'),
      grade: kind & 1 ? (placeholder('grade') as Grade) : null,
      href: placeholder('href'),
      draft: (kind & 2) !== 0,
      note: kind & 4 ? placeholder('note') : undefined,
      cover: kind & 8 ? null : undefined,
    }),
    (name) => (SLOTS.has(name) ? { slot: name as Slot } : null),
  );
}

function fill(template: readonly Piece[], entry: ListEntry): string | null {
  let markup = '';
  for (const piece of template) {
    if (typeof piece === 'string') {
      markup += piece;
      continue;
    }
    switch (piece.slot) {
      case 'title':
        markup += escapeAsReact(entry.title);
        break;
      case 'native':
        markup += escapeAsReact(entry.nativeTitle);
        break;
      case 'release':
        markup += escapeAsReact(entry.releaseLine);
        break;
      case 'grade':
        markup += escapeAsReact(entry.grade ?? '');
        break;
      case 'href':
        if (!PLAIN_HREF.test(entry.href)) return null;
        markup += entry.href;
        break;
      case 'note':
        markup += escapeAsReact(entry.note ?? '');
        break;
    }
  }
  return markup;
}

/** Sample entries of every kind, with every character React escapes in every value. */
function sampleEntries(): ListEntry[] {
  const grades: Grade[] = ['A+', 'B-'];
  return Array.from({ length: KINDS }, (_, kind) => ({
    title: `Tom & "Jerry's" <Drama> ${kind}`,
    nativeTitle: '톰 & 제리 <2>',
    releaseLine: `Disney+ & "Hulu" (Dec. 2023) ${kind + 1} Episodes`,
    grade: kind & 1 ? grades[kind % 2] : null,
    href: `../reviews/tom-jerry-${kind}.html`,
    draft: (kind & 2) !== 0,
    note: kind & 4 ? `Lead role as O'Neil <"Jr."> & co.` : undefined,
    cover: kind & 8 ? null : undefined,
  }));
}

let templates: (Piece[] | null)[] | null | undefined;

/** The templates of the kinds of entry, drawn and checked the first time entries are drawn; null when they cannot be trusted. */
function templatesOnce(): (Piece[] | null)[] | null {
  if (templates !== undefined) return templates;
  const drawn = Array.from({ length: KINDS }, (_, kind) => drawTemplate(kind));
  const agree = sampleEntries().every((entry) => {
    const template = drawn[kindOf(entry)];
    return template !== null && fill(template, entry) === byReact(entry);
  });
  return (templates = agree ? drawn : null);
}

/** Whether entries are drawn from templates (the check passed), for the tests. */
export function entryTemplatesInUse(): boolean {
  return templatesOnce() !== null;
}

/**
 * Each entry's `<li>`, as `Entry` draws it. The three list pages show the same
 * entries grouped three ways: each is drawn once and the pages place the markup.
 */
export function renderEntryItems(entries: readonly ListEntry[]): string[] {
  const kinds = templatesOnce();
  return entries.map((entry) => {
    const template = entry.cover ? null : kinds?.[kindOf(entry)];
    return (template && fill(template, entry)) ?? byReact(entry);
  });
}
