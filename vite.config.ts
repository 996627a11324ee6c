import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { verifiedArticles } from './scripts/verified-articles';
import { prerenderArticle } from './scripts/prerender-article';
import { startAfterFirstPaint } from './scripts/start-after-first-paint';
import { previewFrameAncestors, securityHeaders } from './scripts/security-headers';

// `base: './'` makes every asset URL relative, so dist/ works from any static server and any
// sub-path without rewrite rules (routing lives in the URL fragment).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    verifiedArticles('public/articles'),
    prerenderArticle('public/articles'),
    startAfterFirstPaint(),
  ],
  build: { target: 'es2022', sourcemap: false },
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
