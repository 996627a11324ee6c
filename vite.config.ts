import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { firstPaint } from './src/boot/build/first-paint-plugin';
import { readSpeedSwitches, speedDefine } from './src/boot/build/speed-switches';
import { publishArticles } from './scripts/publish-articles';
import { previewFrameAncestors, securityHeaders } from './tools/security-headers';

// The first-paint path (decision 007): every article a page of its own, text before the app.
// PROVENANCE_FIRST_PAINT=off builds the plain single-page app instead (same articles, same URLs).
const firstPaintEnabled = process.env.PROVENANCE_FIRST_PAINT !== 'off';
// PROVENANCE_SPEED_OFF=ID,… leaves those speed measures out (src/boot/speed-measures.ts).
const speedOff = readSpeedSwitches(process.env);

// `base: './'` makes every asset URL relative, so dist/ works from any static server and any
// sub-path without rewrite rules (routing lives in the URL fragment).
export default defineConfig({
  base: './',
  define: speedDefine(speedOff),
  plugins: [
    react(),
    ...firstPaint({
      // Tests and the build-scale measure render other article sets, with a cache of their own.
      articlesDir: process.env.PROVENANCE_ARTICLES ?? 'public/articles',
      cacheDir: process.env.PROVENANCE_PAGE_CACHE,
      enabled: firstPaintEnabled,
      speedOff,
    }),
    publishArticles(process.env.PROVENANCE_ARTICLES ?? 'public/articles'),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the reader supports (it needs the Popover API, from 2024) knows
    // rel=modulepreload: the polyfill would be dead weight in the first JavaScript.
    modulePreload: { polyfill: false },
    // The article pages' rendering is a build step of its own, timed in its own line; the
    // bundler's note that a plugin took most of the build says nothing new.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { port: 5173 },
  // Served as it should be in production (docs/serving.md).
  preview: { headers: securityHeaders(previewFrameAncestors(process.env)) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores, so do not run many at once.
          maxWorkers: 2,
        },
      },
    ],
  },
});
