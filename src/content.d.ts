declare module 'virtual:content' {
  import type { CalibrationCatalog, ScenarioCatalog } from './domain/catalog.ts';
  /** Loads the scenarios' catalog chunk: every scenario's metadata and a loader for its content. */
  export const loadCatalog: () => Promise<ScenarioCatalog>;
  /** Loads the calibration sets' catalog chunk: every set's metadata and a loader for its samples. */
  export const loadCalibrationCatalog: () => Promise<CalibrationCatalog>;
}
