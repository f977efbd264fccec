import { useState } from 'react';
import { inBrowser } from '../api/client';
import { CommandPalette } from '../features/command-palette/CommandPalette';
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

/**
 * The brand, the screens and "Add drama". In a narrow window (app.css decides where) the
 * screens fold behind a Menu button that discloses them; wide, the button is not shown.
 */
export function AppHeader({ route }: { route: Route }) {
  const inLibrary = route.name === 'library' || route.name === 'drama' || route.name === 'edit';
  // The menu is open on the screen it was opened on: going to another screen folds it away.
  const [openOn, setOpenOn] = useState<Route | null>(null);
  const menuOpen = openOn === route;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? route : null);
  return (
    <header
      className="app-header"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && menuOpen) {
          setMenuOpen(false);
          document.getElementById('app-menu-button')?.focus();
        }
      }}
    >
      <a className="app-header__brand" href={hrefOf({ name: 'home' })}>
        <span className="app-header__mark" aria-hidden="true">
          드
        </span>
        <span className="phone-hidden-label">Dramalog</span>
      </a>
      <button
        type="button"
        id="app-menu-button"
        className="button app-header__menu"
        aria-expanded={menuOpen}
        aria-controls="app-nav"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      <nav id="app-nav" className={`app-nav${menuOpen ? ' app-nav--open' : ''}`} aria-label="Main"
        onClick={(event) => {
          // Choosing the screen already shown folds the menu too.
          if ((event.target as Element).closest('a')) setMenuOpen(false);
        }}
      >
        <NavLink route={{ name: 'home' }} current={route.name === 'home'}>
          Home
        </NavLink>
        <NavLink route={{ name: 'library' }} current={inLibrary}>
          Library
        </NavLink>
        <NavLink route={{ name: 'diary' }} current={route.name === 'diary'}>
          Diary
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
          Import &amp; export
        </NavLink>
        <NavLink route={{ name: 'settings' }} current={route.name === 'settings'}>
          Settings
        </NavLink>
      </nav>
      <button type="button" className="button button--primary app-header__add" onClick={() => navigate({ name: 'new' })}>
        <span aria-hidden="true">+</span> Add drama
      </button>
      {/* The desktop window has the app menu; a browser tab has this instead. */}
      {inBrowser() && <CommandPalette />}
    </header>
  );
}
