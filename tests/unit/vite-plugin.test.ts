import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type InlineConfig } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main as lintContent } from '../../tools/lint-content.ts';
import { contentPlugin } from '../../tools/vite-plugin-content.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const made: string[] = [];

/** A throwaway project: the mini rubric plus the given scenario files, and an entry that imports the catalog. */
function project(scenarios: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-plugin-'));
  made.push(root);
  cpSync(join(fixtures, 'content/competencies'), join(root, 'scenarios/competencies'), { recursive: true });
  for (const [name, from] of Object.entries(scenarios)) cpSync(join(fixtures, from), join(root, 'scenarios/networking', name));
  writeFileSync(join(root, 'entry.js'), "export { loadCatalog } from 'virtual:content';\n");
  return root;
}

const config = (root: string): InlineConfig => ({
  configFile: false,
  root,
  logLevel: 'silent',
  plugins: [contentPlugin()],
  build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'] } },
});

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the content plugin', () => {
  type Chunk = { fileName: string; type: string; isEntry?: boolean; code?: string };
  const chunksOf = async (root: string) =>
    ((await build(config(root))) as { output: Chunk[] }[]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');

  it('builds valid content: the entry loads a catalog chunk, and each scenario is a chunk of its own', async () => {
    const chunks = await chunksOf(project({ 'valid.yaml': 'content/scenarios/valid.yaml' }));
    expect(chunks.length).toBe(3);
    const catalog = chunks.find((c) => c.code?.includes('"Valid"'))!;
    // The catalog carries the title and question, not the nodes.
    expect(catalog.isEntry).toBe(false);
    expect(catalog.code).toContain('What do you do?');
    expect(catalog.code).not.toContain('Harder now.');
    expect(chunks.some((c) => c !== catalog && c.code?.includes('Harder now.'))).toBe(true);
  });

  it('keeps the entry the same size when scenarios are added', async () => {
    const one = await chunksOf(project({ 'valid.yaml': 'content/scenarios/valid.yaml' }));
    const copy = join(made.at(-1)!, 'scenarios/networking/valid.yaml');
    const three = project({ 'a.yaml': 'content/scenarios/valid.yaml', 'b.yaml': 'content/scenarios/valid.yaml', 'c.yaml': 'content/scenarios/valid.yaml' });
    for (const name of ['a', 'b', 'c']) {
      const file = join(three, `scenarios/networking/${name}.yaml`);
      writeFileSync(file, readFileSync(copy, 'utf8').replace('id: valid', `id: valid-${name}`));
    }
    const entry = (chunks: Chunk[]) => chunks.find((c) => c.isEntry)!.code!.length;
    const more = await chunksOf(three);
    expect(more.length).toBe(5);
    expect(entry(more)).toBe(entry(one));
  });

  it.each([
    ['unknown-next.yaml', 'scenarios/networking/bad.yaml:34: [unknown-node] nodes.0.options.1.next: no node "nowhere" to go to'],
    ['level-six.yaml', 'scenarios/networking/bad.yaml:32: [schema-type] nodes.0.options.1.evidence.0.level'],
    ['missing-field.yaml', 'scenarios/networking/bad.yaml:2: [schema-type] title: is missing'],
    ['wrong-type.yaml', 'scenarios/networking/bad.yaml:7: [schema-type] difficulty'],
  ])('stops the build on %s with file, line and path', async (fixture, message) => {
    const root = project({ 'bad.yaml': join('invalid', fixture) });
    await expect(build(config(root))).rejects.toThrow(message);
  });

  it('stops the dev server from starting on a broken file', async () => {
    const root = project({ 'bad.yaml': 'invalid/unknown-next.yaml' });
    const server = await createServer({ ...config(root), server: { port: 0, strictPort: false } });
    try {
      await expect(server.listen()).rejects.toThrow('scenarios/networking/bad.yaml:34: [unknown-node]');
    } finally {
      await server.close();
    }
  });
});

describe('npm run lint:content', () => {
  const run = (root: string, args: string[] = []) => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      return { code: lintContent(args, root), lines };
    } finally {
      log.mockRestore();
    }
  };

  it('prints file:line: [code] message for each finding and fails on an error', () => {
    const { code, lines } = run(project({ 'bad.yaml': 'invalid/lint-no-way-on.yaml' }));
    expect(code).toBe(1);
    expect(lines).toContain('scenarios/networking/bad.yaml:73: [no-way-on] nodes.5.id: every way on from "fourth" leads back to it');
    expect(lines.at(-1)).toMatch(/^1 content file\(s\) accepted; \d+ error\(s\) and \d+ warning\(s\)\.$/);
  });

  it('passes with warnings only, and reports only the files asked for', () => {
    const root = project({ 'ok.yaml': 'content/scenarios/valid.yaml', 'warned.yaml': 'warn/lint-ordered-options.yaml' });
    const warned = join(root, 'scenarios/networking/warned.yaml');
    writeFileSync(warned, readFileSync(warned, 'utf8').replace('id: valid', 'id: warned'));
    const all = run(root);
    expect(all.code).toBe(0);
    expect(all.lines).toContain('scenarios/networking/warned.yaml:20: warning [ordered-options] nodes.0.options: options are listed from the lowest level to the highest');
    const asked = run(root, ['scenarios/networking/ok.yaml']).lines;
    expect(asked.filter((l) => /^scenarios\/.*: (warning )?\[/.test(l))).toEqual([]); // no finding of another file
    expect(asked.join('\n')).toContain('scenarios/networking/ok.yaml\nLength as a cue over 5 decisions'); // the file's own length table
    expect(asked.at(-1)).toBe('3 content file(s) accepted; 0 error(s) and 0 warning(s) in the 1 file(s) asked for.');
  });
});
