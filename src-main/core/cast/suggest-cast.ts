import type { CastSuggestion, Review } from '../common/model';

/**
 * Reads cast entries out of review text. The house format writes characters as
 * `Character Name (Actor Name, Other Drama, Other Drama, …)`:
 *
 * - the capitalised words right before `(` (at most four, leading sentence words
 *   such as "Then" dropped) are the character: `Do Hyeon Seo`, `K`;
 * - the first item inside is the actor if it looks like a person's name: two to four
 *   capitalised words, none of them a little word of a title (Of, The, My …);
 *   anything else (`(late 2023)`, `(2022)`, `(who had wowed me …)`) is not a cast mention;
 * - the items after the actor are the actor's other dramas;
 * - with no character name before it (`boy and girl (Choi E Jun, Kim Yun Seul)`),
 *   a parenthesis whose items are all names lists actors whose parts have no name:
 *   each becomes an entry with no character;
 * - an actor is suggested once (the first mention wins).
 *
 * Lead or support: an actor the review calls a lead (`male lead Noh Sang Hyun`,
 * `lead actress Keum Sae Rok`) is a lead; when the review calls no one a lead, the
 * first two characters introduced are the leads. Everyone else is support.
 */
export function suggestCast(review: Pick<Review, 'intro' | 'story' | 'closing'>): CastSuggestion[] {
  const paragraphs = [...review.intro, ...review.story, ...review.closing];
  const found: Omit<CastSuggestion, 'role'>[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const mention of mentionsIn(paragraph)) {
      const key = mention.actor.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(mention);
    }
  }
  const text = paragraphs.join('\n');
  const called = found.filter((f) => calledLead(text, f.actor));
  const leads = new Set((called.length ? called : found.slice(0, 2)).map((f) => f.actor));
  return found.map((f) => ({ ...f, role: leads.has(f.actor) ? 'lead' : 'support' }));
}

function mentionsIn(paragraph: string): Omit<CastSuggestion, 'role'>[] {
  const mentions: Omit<CastSuggestion, 'role'>[] = [];
  for (const match of paragraph.matchAll(/\(([^()]*)\)/gu)) {
    const items = listItems(match[1]);
    if (!items.length) continue;
    const character = characterBefore(paragraph.slice(0, match.index));
    if (character) {
      if (!looksLikePersonName(items[0])) continue;
      mentions.push({
        actor: items[0],
        character: character.name,
        otherDramas: items.slice(1),
        mention: paragraph.slice(character.start, match.index + match[0].length),
      });
    } else if (items.every(looksLikePersonName)) {
      for (const actor of items) mentions.push({ actor, character: null, otherDramas: [], mention: match[0] });
    }
  }
  return mentions;
}

/** The comma-separated items of a parenthesis, without a trailing `…`, `...` or `etc.` */
function listItems(content: string): string[] {
  return content
    .split(',')
    .map((item) => item.replace(/\s*(?:…|\.{3})\s*$/u, '').trim())
    .filter((item) => item && !/^(?:etc\.?|and more)$/iu.test(item));
}

/** Words that start sentences or join title words, never part of a person's name. */
const LITTLE_WORDS = new Set(
  [
    'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'her', 'his', 'i', 'in', 'is', 'it', 'its', 'me', 'my',
    'of', 'on', 'or', 'our', 'she', 'he', 'so', 'the', 'their', 'then', 'they', 'this', 'to', 'we', 'when', 'while',
    'with', 'who', 'you', 'your', 'meanwhile', 'finally', 'also', 'after', 'before', 'later', 'now', 'there',
    'korean', 'north', 'south', 'japanese', 'chinese', 'american', 'english',
  ],
);

const NAME_WORD = /^\p{Lu}(?:[\p{Ll}'’]*)(?:-\p{L}[\p{Ll}'’]*)*$/u;

export function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => NAME_WORD.test(w) && !LITTLE_WORDS.has(w.toLowerCase()))
  );
}

/** The run of capitalised words that ends right before a parenthesis: the character's name. */
function characterBefore(text: string): { name: string; start: number } | null {
  const words = [...text.trimEnd().matchAll(/\S+/gu)];
  const run: RegExpMatchArray[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 6; i--) {
    if (!NAME_WORD.test(words[i][0])) break;
    run.unshift(words[i]);
  }
  while (run.length && LITTLE_WORDS.has(run[0][0].toLowerCase())) run.shift();
  const name = run.slice(-4);
  if (!name.length) return null;
  return { name: name.map((w) => w[0]).join(' '), start: name[0].index! };
}

function calledLead(text: string, actor: string): boolean {
  const name = actor.split(/\s+/u).map(escapeRegExp).join('\\s+');
  const pattern = new RegExp(
    `\\blead(?:ing)?\\s+(?:(?:actor|actress|man|woman|lady|role|character|is|was|played|by)\\s+){0,3}${name}\\b`,
    'iu',
  );
  return pattern.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
