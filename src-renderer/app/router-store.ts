import { create } from 'zustand';
import { hrefOf, parseHash, sameRoute, type Route } from './routes';

interface RouterState {
  route: Route;
  /** Goes to `route`; going where you already are does nothing, so repeated commands are harmless. */
  navigate(route: Route, options?: { replace?: boolean }): void;
}

export const useRouterStore = create<RouterState>()((set, get) => ({
  route: parseHash(window.location.hash),
  navigate(route, options) {
    if (sameRoute(get().route, route)) return;
    const href = hrefOf(route);
    if (options?.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    set({ route });
  },
}));

/** Keeps the store in step with the address when the user goes back, forward or follows a link. */
export function followAddressChanges(): () => void {
  const sync = () => {
    const route = parseHash(window.location.hash);
    if (!sameRoute(useRouterStore.getState().route, route)) useRouterStore.setState({ route });
  };
  window.addEventListener('hashchange', sync);
  window.addEventListener('popstate', sync);
  return () => {
    window.removeEventListener('hashchange', sync);
    window.removeEventListener('popstate', sync);
  };
}

export const navigate = (route: Route, options?: { replace?: boolean }) => useRouterStore.getState().navigate(route, options);
