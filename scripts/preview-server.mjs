// What the browser scripts (Lighthouse, the browser benchmarks) share: cleanups that run
// once whatever happens, a free port, and `vite preview` of a production build.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

/** Cleanups run in reverse order, once, on success, failure or a signal. */
export const cleanups = [];
let cleaned = false;

export async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`${signal}: closing the browsers and the preview server`);
    cleanUp().finally(() => process.exit(1));
  });
}

/** The first port from `first` (up to 100 further) that nothing listens on. */
export function freePort(first, port = first) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE' && port < first + 100) resolve(freePort(first, port + 1));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(port)));
  });
}

/** Starts `vite preview` (of `outDir`, or dist/) on a free port from `firstPort`; resolves with its base URL once it answers. */
export async function startPreview({ firstPort, outDir }) {
  const port = await freePort(firstPort);
  const args = [viteBin, 'preview', ...(outDir ? ['--outDir', outDir] : []), '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  });
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(base)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${base} within 30 s:\n${output}`);
}

/** Runs a script's `main` (which returns its exit code), always cleaning up, then exits with that code. */
export async function runMain(main) {
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(error.stack ?? error);
  } finally {
    await cleanUp();
  }
  process.exit(code);
}
