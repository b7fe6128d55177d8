// Test runner settings: tests live in test/, mirroring the source folders.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j-global.ts'],
    // The Neo4j suites share one server (Community has one user database): run files in turn.
    fileParallelism: false,
    // Files run in turn in one worker anyway; sharing its module cache saves each file
    // re-importing compromise, the data packages and the app (two minutes of a CI run).
    // No test mocks modules or stubs globals, so nothing leaks between files.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
