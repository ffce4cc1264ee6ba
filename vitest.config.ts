import { defineConfig } from 'vitest/config';
import { sampleStatementPlugin } from './scripts/sample-statement-plugin';

export default defineConfig({
  // The renderer's first state is the sample as a build extracts it (issue 16).
  plugins: [sampleStatementPlugin(import.meta.dirname)],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The CLI tests build the bundle in beforeAll (several files at once, on 2 cores): 10 s was not enough on a loaded machine.
    hookTimeout: 60_000,
  },
});
