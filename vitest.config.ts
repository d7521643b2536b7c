import { defineConfig } from 'vitest/config';
import { coreAlias } from './scripts/core-alias.mjs';

export default defineConfig({
  // tests/renderer imports renderer modules, which import the core as `@core/…`.
  resolve: { alias: coreAlias },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The e2e suite builds the renderer once and shares one browser; core tests use their own files.
    fileParallelism: true,
  },
});
