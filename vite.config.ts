import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './tools/vite-plugin-content.ts';

export default defineConfig({
  plugins: [contentPlugin(), svelte(), ...(process.env.VITEST ? [svelteTesting()] : [])],
  build: { target: 'es2022' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    // Domain, storage and machines run in plain Node, which also proves they need no DOM;
    // component tests opt into jsdom with a docblock.
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
