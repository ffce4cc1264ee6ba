import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { sampleStatementPlugin } from './scripts/sample-statement-plugin';

export default defineConfig({
  // The renderer's first state is the sample as a build extracts it (issue 16).
  plugins: [sampleStatementPlugin(import.meta.dirname)],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    environment: 'node',
    // Scratch folders go to a temporary folder per test file, removed when its tests end.
    setupFiles: ['tests/setup/own-temp-folder.ts'],
    testTimeout: 30_000,
    // The CLI tests build the bundle in beforeAll (several files at once, on 2 cores): 10 s was not enough on a loaded machine.
    hookTimeout: 60_000,
    // One test file per core, not Vitest's default of one fewer: many files spend most of their time
    // waiting on a child process (the CLI, LibreOffice, qpdf) that runs on a core of its own. On the
    // 2-core CI machine: 2 files at a time, the Node 20 run 424 → 280 s (tests/output's LibreOffice
    // calls each have their own profile folder, so they can overlap).
    maxWorkers: availableParallelism(),
  },
});
