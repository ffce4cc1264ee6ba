// End-to-end tests of the desktop app without the Electron binary (tests/e2e-desktop): the built main
// process runs in the test's Node process against a stand-in for Electron's API, and its window is
// Debian's Chromium showing the Electron renderer build (out/renderer) served by main's app://
// protocol handler, joined to main through the built preload. Build first: `npm run build`.
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.BRIEFWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e-desktop',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e-desktop',
  timeout: 60_000,
  // One worker: main's stand-in is one per process, and each test starts main afresh in it.
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM,
      // No --allow-file-access-from-files: the page is served from the app's own origin, not file://.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
