import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of src/core and src/node (stryker.config.mjs, issue 18):
 * the unit tests beside the code, src/main's handlers (they drive src/node's stores and atomic
 * writer), and the in-process suites under tests/ that call the core directly (real and genre
 * corpora, fuzzing, drafting, catalogues). Left out: tests/eval-corpus (it reads ../shared/corpus,
 * outside Stryker's sandbox; tests/real-corpus holds the same kind of gate); every test that spawns
 * the CLI bundle, the web server or a desktop start (a mutant lives in the test process, never in a
 * child, so they cannot kill one and only cost minutes); tests/output (LibreOffice, qpdf, poppler:
 * slow, and it checks files, not core branches); the renderer (not mutated) and Playwright.
 */
export default defineConfig({
  test: {
    include: [
      'src/core/**/*.test.ts',
      'src/node/**/*.test.ts',
      'src/main/**/*.test.ts',
      'tests/drafting-real-corpus.test.ts',
      'tests/eval-scoring.test.ts',
      'tests/extract-fuzz.test.ts',
      'tests/i18n-catalogues.test.ts',
      'tests/input-fuzz.test.ts',
      'tests/real-corpus.test.ts',
    ],
    environment: 'node',
    // Scratch folders go to a temporary folder per test file, removed when its tests end.
    setupFiles: ['tests/setup/own-temp-folder.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
