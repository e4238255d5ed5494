import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { calibrationEntry, catalogEntry, type CalibrationModule, type ScenarioModule } from '../src/domain/catalog.ts';
import { checkScenarioText } from '../src/domain/content-file.ts';
import { formatDiagnostic, isError, type Diagnostic } from '../src/domain/diagnostics.ts';
import { contentHash } from '../src/domain/hash.ts';
import { loadContent, rubricMap, type LoadedContent } from './content-loader.ts';

// The entry imports `virtual:content`, which only knows how to load the catalogs; each
// catalog (metadata and one loader per scenario, or per calibration set) is a chunk of its
// own, so the first load stays the same size however much content there is, and the start
// screen does not fetch the calibration sets' catalog.
const VIRTUAL = 'virtual:content';
const RESOLVED = '\0' + VIRTUAL;
const CATALOG = 'virtual:content-catalog';
const RESOLVED_CATALOG = '\0' + CATALOG;
const CALIBRATION = 'virtual:content-calibration';
const RESOLVED_CALIBRATION = '\0' + CALIBRATION;

export class ContentError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`Content has ${diagnostics.length} problem(s):\n` + diagnostics.map((d) => '  ' + formatDiagnostic(d)).join('\n'));
    this.name = 'ContentError';
  }
}

/**
 * Turns `scenarios/**\/*.yaml` into validated JSON modules. A broken file stops
 * the build (and the dev server at start) with its file, path and line; the app
 * ships no YAML parser. The catalog carries metadata only: each scenario's content
 * is its own chunk, loaded when opened.
 */
export function contentPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let content: LoadedContent | undefined;

  const load = () => {
    const loaded = loadContent(dir, root);
    const errors = loaded.diagnostics.filter(isError);
    if (errors.length) throw new ContentError(errors);
    content = loaded;
    return loaded;
  };

  return {
    name: 'interview-content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'scenarios');
    },
    buildStart() {
      const loaded = load();
      for (const f of [...loaded.rubrics.values(), ...loaded.scenarios]) this.addWatchFile(f.path);
    },
    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED;
      if (id === CATALOG) return RESOLVED_CATALOG;
      if (id === CALIBRATION) return RESOLVED_CALIBRATION;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        return [
          `export const loadCatalog = () => import(${JSON.stringify(CATALOG)});`,
          `export const loadCalibrationCatalog = () => import(${JSON.stringify(CALIBRATION)});`,
          '',
        ].join('\n');
      }
      if (id !== RESOLVED_CATALOG && id !== RESOLVED_CALIBRATION) return undefined;
      const loaded = content ?? load();
      const rubrics = rubricMap(loaded);
      const importers = (files: { path: string; value: { id: string } }[]) =>
        files.map((f) => `  ${JSON.stringify(f.value.id)}: () => import(${JSON.stringify(f.path)}),`).join('\n');
      if (id === RESOLVED_CALIBRATION) {
        const calibration = loaded.calibration.map((c) => calibrationEntry(c.value, rubrics));
        return [
          `export const calibration = ${JSON.stringify(calibration)};`,
          `export const calibrationLoaders = {\n${importers(loaded.calibration)}\n};`,
          '',
        ].join('\n');
      }
      const entries = loaded.scenarios
        .map((s) => catalogEntry(s.value, rubrics, familyOf(dir, s.path)))
        .sort((a, b) => familyRank(a.family) - familyRank(b.family));
      return [`export const catalog = ${JSON.stringify(entries)};`, `export const loaders = {\n${importers(loaded.scenarios)}\n};`, ''].join('\n');
    },
    transform(code, id) {
      if (!id.startsWith(dir) || !/\.ya?ml$/.test(id)) return undefined;
      const loaded = content ?? load();
      const file = relative(root, id);
      const scenarioFile = loaded.scenarios.find((s) => s.path === id);
      const calibrationFile = loaded.calibration.find((c) => c.path === id);
      if (calibrationFile) {
        const module: CalibrationModule = {
          set: calibrationFile.value,
          rubric: loaded.rubrics.get(calibrationFile.value.competency)!.value,
          contentHash: contentHash(calibrationFile.value),
        };
        return { code: `export default ${JSON.stringify(module)};`, map: null };
      }
      if (!scenarioFile) {
        const rubric = [...loaded.rubrics.values()].find((r) => r.path === id);
        return { code: `export default ${JSON.stringify(rubric?.value ?? null)};`, map: null };
      }
      const checked = checkScenarioText(code, file, rubricMap(loaded));
      if (!checked.ok) {
        const errors = checked.diagnostics.filter(isError);
        this.error({ message: new ContentError(errors).message, id, loc: { line: errors[0]!.line, column: 0 } });
      }
      const scenario = checked.value;
      const module: ScenarioModule = {
        scenario,
        rubrics: scenario.competencies.map((c) => loaded.rubrics.get(c)!.value),
        contentHash: contentHash(scenario),
      };
      return { code: `export default ${JSON.stringify(module)};`, map: null };
    },
    configureServer(server) {
      // Content changes re-check everything and refresh the catalogs.
      const onChange = (path: string) => {
        if (!path.startsWith(dir)) return;
        try {
          load();
        } catch (e) {
          server.config.logger.error((e as Error).message);
          return;
        }
        for (const id of [RESOLVED_CATALOG, RESOLVED_CALIBRATION]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

const FAMILIES = ['networking', 'coaching', 'guanxi'];
const familyRank = (family: string) => (FAMILIES.includes(family) ? FAMILIES.indexOf(family) : FAMILIES.length);

/** A scenario's family is its folder under the content directory: networking, coaching, guanxi. */
function familyOf(dir: string, path: string): string {
  return relative(dir, path).split(sep)[0] ?? '';
}
