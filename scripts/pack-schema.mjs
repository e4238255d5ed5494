// Runs scripts/pack-schema.ts through Vite's module runner (as lint-content.mjs does),
// so the JSON Schema comes from the same TypeScript valibot schemas the app uses.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/pack-schema.ts');
process.exit(module.main());
