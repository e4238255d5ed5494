import type { Plugin } from 'vite';

/**
 * One chunk for the first load: every module the entry imports statically (and so loads before the
 * first screen whatever happens next) goes into the entry's chunk. Rolldown otherwise splits
 * modules that lazy routes share with the entry into a couple of dozen small chunks, each a request
 * and a few hundred bytes of import and export statements (about 4 KB gzipped in all; see
 * `npm run size`). Lazy chunks import what they need of it from there.
 *
 * The Svelte runtime comes whole (about 19 KB gzipped): compiled components import it through its
 * index, which reaches every part, so no bundler setting leaves the parts only later screens use
 * out of the first load (tried: a group of its bindings, props and transitions was still imported
 * by the entry).
 */
export function firstLoadChunk(): { plugin: Plugin; isFirstLoad: (id: string) => boolean } {
  let firstLoad = new Set<string>();
  const plugin: Plugin = {
    name: 'first-load-chunk',
    apply: 'build',
    buildEnd() {
      const reached = new Set<string>();
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (reached.has(id)) continue;
        reached.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      firstLoad = reached;
    },
  };
  return { plugin, isFirstLoad: (id) => firstLoad.has(id) };
}
