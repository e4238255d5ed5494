import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';

// The fuzz tests draw the same cases on every `npm test`, so a CI run passes or fails on the code
// alone. `npm run fuzz` draws new ones (FUZZ_SEED=random): fast-check prints the seed and the
// shrunk case of any failure, and FUZZ_SEED=<that seed> replays it here.
const seed = process.env.FUZZ_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261205 });
