import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { alias } from '../../tests/setup/alias.ts';

/**
 * The logic-model benchmark page: a production build (minified, React's production build), sources read
 * through the workspace aliases like tests and Storybook do.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  mode: 'production',
  logLevel: 'warn',
  resolve: { alias },
  oxc: { jsx: { runtime: 'automatic' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // React Flow's 'use client' directives mean nothing in this page.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
