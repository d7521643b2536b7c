import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The e2e suite builds the renderer once and shares one browser; core tests use their own files.
    fileParallelism: true,
  },
});
