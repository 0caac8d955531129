import { defineConfig } from 'vite';

/** The operator console: static files with relative asset URLs, so they work under `/console/` locally and at a CDN's root. */
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Small enough to read at a glance in the README; no source maps shipped to operators' browsers.
    sourcemap: false,
    reportCompressedSize: true,
  },
});
