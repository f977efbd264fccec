/**
 * An actor, actors index or year page of the plan, as the plain data a
 * rendering thread draws (page-specs.ts), with what it shows of each drama.
 */
import type { Journal } from '../journal';
import { averageGrade } from '../common/grade-points';
import { describeParts, type SiteActor } from './actors';
import { byCodeUnits } from './code-units';
import { LETTERS, letterGroup, letterOf, listEntryOf } from './lists';
import type { ActorGroup } from './pages/ActorsIndexPage';
import { plural } from './pages/parts';
import type { PageSpec } from './page-specs';
import type { DescribedPageJob, ExportPlan } from './plan';
import { type ListedDrama, readStatsRows } from './read-journal';
import { describeYear, yearEntries, yearFigures } from './years';

export interface DescribeContext {
  journal: Journal;
  plan: ExportPlan;
  /** The list fields of every drama the pages show. */
  listed: ReadonlyMap<number, ListedDrama>;
}

export function pageSpecOf(job: DescribedPageJob, context: DescribeContext): PageSpec {
  const { plan } = context;
  const { siteTitle, baseUrl } = plan;
  const canonical = (path: string) => (baseUrl ? `${baseUrl}${path}` : null);
  const what = job.describes;
  switch (what.kind) {
    case 'actors-index':
      return { component: 'actors-index', props: { siteTitle, groups: actorsIndexGroups(plan.actors), total: plan.actors.length, canonical: canonical('actors/') } };
    case 'actor':
      return { component: 'actor', props: { ...actorPage(what.actor, context), siteTitle, canonical: canonical(job.path) } };
    case 'year': {
      const figures = yearFigures(what.year, readStatsRows(context.journal, job.dramaIds));
      const entries = yearEntries(what.dramas.map((d) => ({ drama: context.listed.get(d.id)!, finishedOn: d.finishedOn!, href: reviewHref(plan, d.id) })));
      return {
        component: 'year',
        props: { year: what.year, siteTitle, figures, entries, years: plan.years, actors: plan.actors.length > 0, description: describeYear(what.year, figures), canonical: canonical(job.path) },
      };
    }
    case 'list':
      return { component: 'list', props: { ...what.list, siteTitle, actors: plan.actors.length > 0, canonical: canonical(job.path) } };
  }
}

const reviewHref = (plan: ExportPlan, id: number) => `../reviews/${plan.slugs.get(id)}.html`;

function actorPage(actor: SiteActor, { plan, listed }: DescribeContext) {
  const shown = actor.credits.map(({ dramaId, parts }) => ({ drama: listed.get(dramaId)!, parts })).sort((a, b) => byAiredNewest(a.drama, b.drama));
  const graded = averageGrade(shown.flatMap(({ drama }) => (drama.grade ? [drama.grade] : [])));
  const count = plural(shown.length, 'Korean drama review', 'Korean drama reviews');
  return {
    name: actor.name,
    summary: `${count}${graded ? `, average grade ${graded.grade} (${graded.value.toFixed(2)})` : ''}`,
    entries: shown.map(({ drama, parts }) => listEntryOf(drama, reviewHref(plan, drama.id), describeParts(parts))),
    description: `Korean dramas with ${actor.name}: ${shown.map(({ drama }) => drama.title).join(', ')}.`,
  };
}

/** Newest aired first, then by title (letter case aside), then by id: the order of the app's actor screen. */
function byAiredNewest(a: ListedDrama, b: ListedDrama): number {
  return b.aired.year - a.aired.year || b.aired.month - a.aired.month || byCodeUnits(a.title.toLowerCase(), b.title.toLowerCase()) || a.id - b.id;
}

function actorsIndexGroups(actors: readonly SiteActor[]): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const actor of actors) {
    const letter = letterOf(actor.name);
    let group = groups.get(letter);
    if (!group) groups.set(letter, (group = { ...letterGroup(letter), actors: [] }));
    const leads = actor.credits.filter((c) => c.parts.some((p) => p.role === 'lead')).length;
    group.actors.push({
      name: actor.name,
      href: `${actor.slug}.html`,
      meta: `${plural(actor.credits.length, 'drama', 'dramas')}${leads ? `, ${plural(leads, 'lead role', 'lead roles')}` : ''}`,
    });
  }
  return LETTERS.flatMap((letter) => groups.get(letter) ?? []);
}
