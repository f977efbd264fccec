/**
 * Page addresses: `reviews/<slug>.html`, the slug from the English title
 * (`Soundtrack #2` → `soundtrack-2`). Slugs are worked out over every drama in
 * the journal in id order, so a drama keeps its address when others are added,
 * reviewed, published or left out of an export: the first drama with a title
 * gets the plain slug, later ones `-2`, `-3`. A title with no Latin letters or
 * digits (a Korean-only title) gets `drama-<id>`: stable, and no transliteration guesswork.
 */

const MAX_SLUG = 80;

/** The slug a title asks for, or '' when it has nothing to make one from. */
export function slugOf(title: string): string {
  // Accents come off by decomposing; ASCII (most titles) has none to take off.
  const plain = /^[\x00-\x7f]*$/.test(title) ? title : title.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/** Unique slugs for the given dramas, which must come in id order. */
export function assignSlugs(dramas: readonly { id: number; title: string }[]): Map<number, string> {
  const taken = new Set<string>();
  const slugs = new Map<number, string>();
  for (const { id, title } of dramas) {
    const base = slugOf(title) || `drama-${id}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(id, slug);
  }
  return slugs;
}
