// Runs scripts/docs-codes.ts through Vite's module runner (as pack-schema.mjs does).
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/docs-codes.ts');
process.exit(module.main());
