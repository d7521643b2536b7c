import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cliBundlePlugin } from './scripts/cli-bundle';
import { coreAlias } from './scripts/core-alias.mjs';

// Main and preload bundle the core (it is plain TypeScript); better-sqlite3 stays external because
// it is a native module loaded at run time. The sandboxed preload must be one CommonJS file.
// The main build also writes the `qaygi` command as one file, out/cli/qaygi.mjs (scripts/cli-bundle.ts).
export default defineConfig({
  main: {
    plugins: [cliBundlePlugin()],
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: ['kysely', 'zod'] },
      rollupOptions: {
        // The export runs in a worker thread: its entry is built next to main.js.
        input: { main: resolve('src-main/electron/main.ts'), 'export-worker': resolve('src-main/core/packages/export/worker.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    plugins: [react()],
    resolve: { alias: coreAlias },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
