declare module 'virtual:content' {
  import type { Catalog } from './domain/catalog.ts';
  /** Loads the catalog chunk: every scenario's metadata and a loader for its content. */
  export const loadCatalog: () => Promise<Catalog>;
}
