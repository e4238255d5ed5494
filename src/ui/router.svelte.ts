import { hrefOf, parseHash, type Route } from './router.ts';

export class Router {
  #route = $state<Route>(parseHash(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.#route = parseHash(location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }

  go(route: Route) {
    location.hash = hrefOf(route);
  }
}
