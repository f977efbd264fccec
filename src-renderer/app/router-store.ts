import { inBrowser } from '../api/client';
import { create } from 'zustand';
import { hasUnsavedChanges, leaveThen } from './leave-guard';
import { hrefOf, parseHash, sameRoute, type Route } from './routes';

export interface NavigateOptions {
  replace?: boolean;
  /** Leave without asking about unsaved changes: the screen has just saved, or what it held is gone. */
  force?: boolean;
}

interface RouterState {
  route: Route;
  /**
   * Goes to `route`, after asking "Discard changes?" when a form holds unsaved changes;
   * going where you already are does nothing, so repeated commands are harmless.
   */
  navigate(route: Route, options?: NavigateOptions): void;
}

export const useRouterStore = create<RouterState>()((set, get) => ({
  route: parseHash(window.location.hash),
  navigate(route, options) {
    if (sameRoute(get().route, route)) return;
    const go = () => {
      const href = hrefOf(route);
      if (options?.replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
      set({ route });
    };
    if (options?.force) go();
    else leaveThen(go);
  },
}));

/**
 * Keeps the store in step with the address when the user goes back, forward or follows a link.
 * The app's own links are asked about before the address changes; back and forward (which
 * change it first) are undone while the question is asked, and redone on "Discard changes".
 */
export function followAddressChanges(): () => void {
  const sync = () => {
    const route = parseHash(window.location.hash);
    const current = useRouterStore.getState().route;
    if (sameRoute(current, route)) return;
    if (!hasUnsavedChanges()) return useRouterStore.setState({ route });
    window.history.pushState(null, '', hrefOf(current));
    navigate(route);
  };
  const onLinkClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
    if (!link || (link as HTMLAnchorElement).target) return;
    const route = parseHash(link.getAttribute('href') ?? '');
    if (sameRoute(useRouterStore.getState().route, route) || !hasUnsavedChanges()) return;
    event.preventDefault();
    navigate(route);
  };
  // The page going away with unsaved changes is refused. A browser tab asks its own question;
  // the desktop window (whose close Electron cancels silently) asks "Discard changes?" in the page
  // and, on discard, closes for good.
  let closing = false;
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (closing || !hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
    if (!inBrowser()) {
      leaveThen(() => {
        closing = true;
        window.close();
      });
    }
  };
  window.addEventListener('hashchange', sync);
  window.addEventListener('popstate', sync);
  document.addEventListener('click', onLinkClick);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('hashchange', sync);
    window.removeEventListener('popstate', sync);
    document.removeEventListener('click', onLinkClick);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

export const navigate = (route: Route, options?: NavigateOptions) => useRouterStore.getState().navigate(route, options);
