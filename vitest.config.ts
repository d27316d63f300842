import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The build's module swaps (scripts/module-aliases.ts), so the tests run what ships.
    setupFiles: ['scripts/register-module-aliases.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The store's crash tests spawn child processes: keep the two cores for them.
    maxWorkers: 2,
  },
});
