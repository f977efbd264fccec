/**
 * The app's screens and their addresses. The address lives in `location.hash`
 * (`#/drama/3/edit`) so links are real links, the browser's back and forward work,
 * and a reload stays on the same screen, under file:// as well as http://.
 */
export type Route =
  | { name: 'home' }
  | { name: 'library' }
  | { name: 'new' }
  | { name: 'drama'; id: number }
  | { name: 'edit'; id: number }
  | { name: 'review'; id: number }
  | { name: 'settings' }
  | { name: 'search' }
  | { name: 'actors' }
  | { name: 'actor'; actor: string }
  | { name: 'stats' }
  | { name: 'data' }
  | { name: 'diary' }
  | { name: 'lists' }
  | { name: 'list'; id: number };

export const LIBRARY: Route = { name: 'library' };
/** Where the app starts: an address with no route names the home screen. */
export const HOME: Route = { name: 'home' };

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/home';
    case 'library':
      return '#/library';
    case 'new':
      return '#/new';
    case 'drama':
      return `#/drama/${route.id}`;
    case 'edit':
      return `#/drama/${route.id}/edit`;
    case 'review':
      return `#/drama/${route.id}/review`;
    case 'settings':
      return '#/settings';
    case 'search':
      return '#/search';
    case 'actors':
      return '#/actors';
    case 'actor':
      return `#/actors/${encodeURIComponent(route.actor)}`;
    case 'stats':
      return '#/stats';
    case 'data':
      return '#/data';
    case 'diary':
      return '#/diary';
    case 'lists':
      return '#/lists';
    case 'list':
      return `#/lists/${route.id}`;
  }
}

/** An actor's name from the address, or null when it is not a well-formed one. */
function decodedName(part: string): string | null {
  try {
    const name = decodeURIComponent(part).trim();
    return name && name.length <= 100 ? name : null;
  } catch {
    return null;
  }
}

/** The route an address names; no address is the home screen, anything unknown the library. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (parts.length === 0 || (first === 'home' && parts.length === 1)) return HOME;
  if (first === 'new' && parts.length === 1) return { name: 'new' };
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'search' && parts.length === 1) return { name: 'search' };
  if (first === 'stats' && parts.length === 1) return { name: 'stats' };
  if (first === 'data' && parts.length === 1) return { name: 'data' };
  if (first === 'actors' && parts.length === 1) return { name: 'actors' };
  if (first === 'diary' && parts.length === 1) return { name: 'diary' };
  if (first === 'lists' && parts.length === 1) return { name: 'lists' };
  if (first === 'lists' && second && parts.length === 2 && /^[1-9]\d{0,15}$/.test(second)) return { name: 'list', id: Number(second) };
  if (first === 'actors' && second && parts.length === 2) {
    const actor = decodedName(second);
    if (actor) return { name: 'actor', actor };
  }
  if (first === 'drama' && second && /^[1-9]\d{0,15}$/.test(second)) {
    const id = Number(second);
    if (parts.length === 2) return { name: 'drama', id };
    if (parts.length === 3 && third === 'edit') return { name: 'edit', id };
    if (parts.length === 3 && third === 'review') return { name: 'review', id };
  }
  return LIBRARY;
}

export function sameRoute(a: Route, b: Route): boolean {
  return hrefOf(a) === hrefOf(b);
}
