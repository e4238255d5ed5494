import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Svelte's runtime, but for the modules that exist to be imported for what they do (the mode
 * flags, the version on `window`). Svelte's package declares no `sideEffects`, so every part of
 * its runtime counts as run on import: compiled components import the runtime's index, which
 * imports every part, and every part would load with the first screen. Declared free of side
 * effects, a part loads with the first screen that uses it (about 1 KB gzipped stays out of the
 * first load: `npm run size`).
 */
const SVELTE_RUNTIME = /[\\/]node_modules[\\/]svelte[\\/]src[\\/](?!internal[\\/](flags[\\/]|disclose-version))/;

/**
 * The chunks the start screen loads, two in all:
 * - `index`: every module the entry imports statically, so loaded before the first paint
 *   whatever happens next;
 * - `stores`: `storesModule` (which the entry imports dynamically at once, and every route waits
 *   for) and every other module it imports statically.
 *
 * Rolldown otherwise splits modules that lazy routes share with these into a couple of dozen small
 * chunks, each a request and a few hundred bytes of import and export statements (about 4 KB
 * gzipped in all; see `npm run size`). Lazy chunks import what they need of them from there.
 *
 * Svelte's runtime is left to Rolldown (see above), which puts each part in the first chunk that
 * uses it: grouped whole, it would bring every part that any later screen uses.
 */
export function startChunks(storesModule: string): { plugin: Plugin; groups: { name: string; test: (id: string) => boolean }[] } {
  let firstLoad = new Set<string>();
  let storesLoad = new Set<string>();
  const storesId = resolve(storesModule);
  const plugin: Plugin = {
    name: 'start-chunks',
    apply: 'build',
    transform: {
      filter: { id: SVELTE_RUNTIME },
      // The code is unchanged (`map: null` keeps its source map); only its side effects are declared.
      handler: (code) => ({ code, map: null, moduleSideEffects: false }),
    },
    buildEnd() {
      const reachedFrom = (starts: string[], known = new Set<string>()) => {
        const reached = new Set<string>();
        const queue = [...starts];
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (reached.has(id) || known.has(id)) continue;
          reached.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return reached;
      };
      firstLoad = reachedFrom([...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry));
      if (!this.getModuleInfo(storesId)) this.error(`start-chunks: ${storesModule} is not in the build; update vite.config.ts`);
      storesLoad = reachedFrom([storesId], firstLoad);
    },
  };
  const grouped = (set: () => Set<string>) => (id: string) => set().has(id) && !SVELTE_RUNTIME.test(id);
  return {
    plugin,
    groups: [
      { name: 'index', test: grouped(() => firstLoad) },
      { name: 'stores', test: grouped(() => storesLoad) },
    ],
  };
}
