// `npm test`: the unit and component tests, then the browser tests, and fails if either failed.
// The browser tests run even when a unit test fails, so one run tells about both: in CI a
// failed unit test would otherwise hide whether the end-to-end tests pass.
import { spawnSync } from 'node:child_process';

const suites = [
  ['vitest', ['run']],
  ['playwright', ['test']],
];

let failed = false;
for (const [command, args] of suites) {
  // npm puts node_modules/.bin on the PATH of its scripts.
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
  if (error) console.error(`${command} could not start: ${error.message}`);
  if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
