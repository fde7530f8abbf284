import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (each launches its own browser), generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
