import type { Route } from './routes';
import { hrefOf } from './routes';
import { navigate } from './router-store';

function NavLink({ route, current, children }: { route: Route; current: boolean; children: string }) {
  return (
    <a className="app-nav__link" href={hrefOf(route)} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

export function AppHeader({ route }: { route: Route }) {
  const inLibrary = route.name === 'library' || route.name === 'drama' || route.name === 'edit';
  return (
    <header className="app-header">
      <a className="app-header__brand" href={hrefOf({ name: 'home' })}>
        <span className="app-header__mark" aria-hidden="true">
          드
        </span>
        Dramalog
      </a>
      <nav className="app-nav" aria-label="Main">
        <NavLink route={{ name: 'home' }} current={route.name === 'home'}>
          Home
        </NavLink>
        <NavLink route={{ name: 'library' }} current={inLibrary}>
          Library
        </NavLink>
        <NavLink route={{ name: 'lists' }} current={route.name === 'lists' || route.name === 'list'}>
          Lists
        </NavLink>
        <NavLink route={{ name: 'search' }} current={route.name === 'search'}>
          Search
        </NavLink>
        <NavLink route={{ name: 'actors' }} current={route.name === 'actors' || route.name === 'actor'}>
          Actors
        </NavLink>
        <NavLink route={{ name: 'stats' }} current={route.name === 'stats'}>
          Statistics
        </NavLink>
        <NavLink route={{ name: 'data' }} current={route.name === 'data'}>
          Import &amp; Export
        </NavLink>
        <NavLink route={{ name: 'settings' }} current={route.name === 'settings'}>
          Settings
        </NavLink>
      </nav>
      <button type="button" className="button button--primary app-header__add" onClick={() => navigate({ name: 'new' })}>
        <span aria-hidden="true">+</span> Add drama
      </button>
    </header>
  );
}
