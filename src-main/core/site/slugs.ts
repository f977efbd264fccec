/**
 * Page addresses: `reviews/<slug>.html`, the slug from the English title
 * (`Soundtrack #2` → `soundtrack-2`). A title with no Latin letters or digits
 * (a Korean-only title) gets `drama-<id>`: stable, and no transliteration guesswork.
 *
 * A review's address, once published, never changes and is never given to
 * another review: each export records the slugs it published (manifest.ts) with
 * the review they belong to, and the next export keeps them, even after the
 * review is renamed, and keeps the slugs of deleted reviews out of use. New
 * reviews get slugs over every drama in the journal in id order, around those
 * already taken: the first drama with a title gets the plain slug, later ones `-2`, `-3`.
 */

const MAX_SLUG = 80;

/**
 * Names Windows refuses as file names, whatever the extension or letter case
 * (`con.html`, `Lpt1.html`): a slug that would be one gets `-page` added.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/** The slug a title asks for, or '' when it has nothing to make one from. */
export function slugOf(title: string): string {
  // Accents come off by decomposing; ASCII (most titles) has none to take off.
  const plain = /^[\x00-\x7f]*$/.test(title) ? title : title.normalize('NFKD').replace(/\p{M}/gu, '');
  const slug = plain
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return WINDOWS_DEVICE_NAME.test(slug) ? `${slug}-page` : slug;
}

/** A drama to give an address to; `owner` names its review (see `reviewOwner`), null when it has none. */
export interface SlugRequest {
  id: number;
  title: string;
  owner?: string | null;
}

/**
 * Who a published slug belongs to: the drama's id and when its review was
 * written. Ids can come back after a delete; a new review then is a new owner.
 */
export function reviewOwner(id: number, reviewCreatedAt: string): string {
  return `${id} ${reviewCreatedAt}`;
}

/**
 * Unique slugs for the given dramas, which must come in id order. `published`
 * (slug → owner) holds the slugs an earlier export published: an owner keeps its
 * slug, and no other drama ever gets one of them.
 */
export function assignSlugs(
  dramas: readonly SlugRequest[],
  published: Readonly<Record<string, string>> = {},
  /** The slug of a title with nothing to make one from. */
  fallback: (id: number) => string = (id) => `drama-${id}`,
): Map<number, string> {
  const taken = new Set<string>();
  const ownSlug = new Map<string, string>();
  for (const slug in published) {
    taken.add(slug);
    ownSlug.set(published[slug], slug);
  }
  const slugs = new Map<number, string>();
  for (const { id, title, owner } of dramas) {
    const kept = owner ? ownSlug.get(owner) : undefined;
    if (kept !== undefined) {
      slugs.set(id, kept);
      continue;
    }
    const base = slugOf(title) || fallback(id);
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(id, slug);
  }
  return slugs;
}
