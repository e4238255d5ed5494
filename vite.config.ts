import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './tools/vite-plugin-content.ts';
import { startChunks } from './tools/vite-plugin-start-chunks.ts';

/**
 * The built app's Content-Security-Policy: everything from its own origin, no inline
 * script. Only on build: the dev server injects inline styles for hot reload.
 */
// media-src blob: plays back a recording the candidate just made (an object URL of their own audio, never fetched).
const CSP = "default-src 'self'; media-src 'self' blob:; base-uri 'self'; object-src 'none'; form-action 'self'";
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
};

/**
 * `build-files.json`: every file of the build, so the app can package itself for an LMS
 * (src/lms/): it fetches each from its own origin. Emitted last, after the PWA's files.
 */
const buildFileList: Plugin = {
  name: 'build-file-list',
  apply: 'build',
  enforce: 'post',
  generateBundle(_, bundle) {
    const walk = (dir: string, at = ''): string[] =>
      existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), `${at}${e.name}/`) : [`${at}${e.name}`])) : [];
    // The PWA plugin writes its web manifest and the service worker's registration after this
    // hook, under the names configured below (injectRegister: 'script').
    const pwa = ['manifest.webmanifest', 'registerSW.js'];
    const files = [...new Set([...Object.keys(bundle), ...walk(resolve('public')), ...pwa])].sort();
    this.emitFile({ type: 'asset', fileName: 'build-files.json', source: JSON.stringify(files) });
  },
};

// Storage opens beside the strings (src/main.ts): its chunk is the start screen's second.
const start = startChunks('src/ui/stores.ts');

export default defineConfig({
  // Relative URLs: the same build runs at the origin's root and inside an LMS's package folder.
  base: './',
  plugins: [
    contentSecurityPolicy,
    buildFileList,
    contentPlugin(),
    start.plugin,
    svelte(),
    ...(process.env.VITEST ? [svelteTesting()] : []),
    // Installable, and fully usable offline after the first load: every built file,
    // each scenario's chunk included, is precached by the service worker.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Interview roleplay',
        short_name: 'Roleplay',
        description: 'Rehearse competency-based interviews as branching roleplays, in Vietnamese and English.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: start.groups } } },
  },
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
