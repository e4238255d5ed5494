declare module 'virtual:content' {
  import type { CatalogEntry, ScenarioModule } from './domain/catalog.ts';
  export const catalog: CatalogEntry[];
  export const loaders: Record<string, () => Promise<{ default: ScenarioModule }>>;
}
