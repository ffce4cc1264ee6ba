// Mutation testing of the core and the Node helpers (issue 18): `npm run test:mutation`, not part of
// `npm test` (it takes hours over the whole scope on two cores). Narrow it while working:
//   npm run test:mutation -- --mutate 'src/node/**/*.ts,!src/node/**/*.test.ts'
// Then `npm run test:mutation:report` prints the score per folder against the 85 % goal.
import os from 'node:os';

const concurrency = Number.parseInt(process.env.STRYKER_CONCURRENCY ?? '', 10);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // related: false — Vitest's "related" narrowing left out tests that do reach the code (pdf-writer's
  // tests for src/node/font-files, draft-file's own tests for src/core/draft), so every mutant of
  // those files survived; per-test coverage already runs each mutant against only the tests that reach it.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Each mutant runs only the tests that reached it in the first run.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/core/**/*.ts',
    'src/node/**/*.ts',
    '!**/*.test.ts',
    // Test helpers and fixtures, not product code.
    '!src/core/testing/**',
    // Type-only: no statement to mutate.
    '!src/core/import/importer-types.ts',
  ],
  // Locale JSON is data (tests/i18n-catalogues.test.ts checks the catalogues); Stryker only mutates
  // .ts here, and the globs above never name a .json file.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The machine's cores unless STRYKER_CONCURRENCY says otherwise (2 cores shared by several jobs: 1).
  concurrency: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : os.availableParallelism(),
  // A mutant that loops for ever (offset -= written) is stopped 10 s past its tests' own time.
  timeoutMS: 10_000,
  // The first run of every test with coverage took over 5 min (the default) on 2 loaded cores.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['out', 'dist', 'bench/results', 'test-results', 'playwright-report', 'reports', '.test-nodes', 'corpus/raw'],
  thresholds: { high: 85, low: 70, break: null },
};
