/**
 * The site's actors: everyone in the journal's cast who appears in an exported
 * review gets `actors/<slug>.html`, and their name links there from review text.
 *
 * An actor is the same actor whatever the ASCII letter case, as the cast
 * repository counts them (SQLite's NOCASE; read-journal.ts gives each cast entry
 * that identity); the name shown is the spelling that
 * sorts first, as the app's actor screen shows it. Every spelling in the cast
 * links, as a whole name. Slugs are given out over every actor in the journal in
 * the order they entered it (their first cast entry), so an actor keeps their
 * address when others are added, published or left out of an export. `index` is
 * never an actor's slug: `actors/index.html` is the actors index.
 */
import type { CastRole } from '../common/model';
import { byCodeUnits } from './code-units';
import type { CreditRow } from './read-journal';
import { slugOf } from './slugs';

/** One part an actor plays in an exported drama. */
export interface ActorPart {
  character: string | null;
  role: CastRole;
}

export interface SiteActor {
  name: string;
  slug: string;
  /** Every spelling of the name in the cast, sorted: each links to the actor's page. */
  spellings: string[];
  /** The exported dramas the actor is in, in the order the journal gave them (drama id), with their parts in cast order. */
  credits: { dramaId: number; parts: ActorPart[] }[];
}

/** Pages in `actors/` that an actor's slug must not take. */
const RESERVED = ['index'];

interface Gathered {
  firstEntry: number;
  /** The first spelling met; `spellings` only once a second one turns up (most actors have one). */
  spelling: string;
  spellings: Set<string> | null;
  credits: Map<number, ActorPart[]>;
}

/**
 * The actors with a page in this export, in the order the actors index lists
 * them (by name, letter case aside), given every cast entry of the journal and
 * the ids of the exported dramas.
 */
export function siteActors(credits: readonly CreditRow[], exported: ReadonlySet<number>): SiteActor[] {
  const actors = new Map<string, Gathered>();
  for (const [id, dramaId, actor, character, role, identity] of credits) {
    let gathered = actors.get(identity);
    if (!gathered) {
      gathered = { firstEntry: id, spelling: actor, spellings: null, credits: new Map() };
      actors.set(identity, gathered);
    } else {
      if (id < gathered.firstEntry) gathered.firstEntry = id;
      if (actor !== gathered.spelling) (gathered.spellings ??= new Set([gathered.spelling])).add(actor);
    }
    if (exported.has(dramaId)) {
      const parts = gathered.credits.get(dramaId);
      const part = { character, role };
      if (parts) parts.push(part);
      else gathered.credits.set(dramaId, [part]);
    }
  }
  const spellingsOf = (actor: Gathered) => (actor.spellings ? [...actor.spellings].sort(byCodeUnits) : [actor.spelling]);

  // Slugs over every actor in the journal, in the order they entered it.
  const taken = new Set(RESERVED);
  const slugs = new Map<string, string>();
  for (const [identity, actor] of [...actors].sort((a, b) => a[1].firstEntry - b[1].firstEntry)) {
    const base = slugOf(spellingsOf(actor)[0]) || `actor-${actor.firstEntry}`;
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(identity, slug);
  }

  const listed: SiteActor[] = [];
  for (const [identity, actor] of actors) {
    if (actor.credits.size === 0) continue;
    const spellings = spellingsOf(actor);
    listed.push({
      name: spellings[0],
      slug: slugs.get(identity)!,
      spellings,
      credits: [...actor.credits].sort((a, b) => a[0] - b[0]).map(([dramaId, parts]) => ({ dramaId, parts })),
    });
  }
  return listed.sort((a, b) => byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase()) || byCodeUnits(a.slug, b.slug));
}

/** `Lead role as Do Hyeon Seo`, `Supporting role`; several parts in one drama joined. */
export function describeParts(parts: readonly ActorPart[]): string {
  return parts
    .map(({ character, role }) => `${role === 'lead' ? 'Lead role' : 'Supporting role'}${character ? ` as ${character}` : ''}`)
    .join('; ');
}
