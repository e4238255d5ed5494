// Runs tools/lint-content.ts through Vite's module runner, so the linter is the same
// TypeScript the build uses, with no separate compile step.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tools/lint-content.ts');
process.exit(module.main(process.argv.slice(2)));
