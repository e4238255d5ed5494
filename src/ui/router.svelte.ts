import { hrefOf, parseHash, type Route } from './router.ts';

/** The current route, following the URL's hash until disposed. */
export class Router {
  #route = $state<Route>(parseHash(location.hash));
  #onHashChange = () => {
    this.#route = parseHash(location.hash);
  };

  constructor() {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  get route(): Route {
    return this.#route;
  }

  go(route: Route) {
    location.hash = hrefOf(route);
  }

  /** Stops following the hash (the listener is the window's, so it outlives the component otherwise). */
  dispose() {
    window.removeEventListener('hashchange', this.#onHashChange);
  }
}
