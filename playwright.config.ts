// End-to-end tests of the web build (`vite preview` of out/web) in Debian's Chromium: Playwright's
// own browser downloads cannot run on these machines. Build first: `npm run build:web`.
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.BRIEFWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
const PORT = 4179;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  fullyParallel: false,
  // Two spec files at a time: one worker kept about half of two cores busy (47 s of CPU in 100 s),
  // and CI's run of both languages took 13.7 min; with two, 6.8 min on a machine shared with other
  // jobs, same results. Tests within a file still run in order.
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // Every scenario in both official languages: the app follows the browser's language.
  // electron-smoke is language-free; french-ui.spec walks the French interface only.
  projects: [
    { name: 'en', use: { locale: 'en-CA' }, testIgnore: ['**/french-ui.spec.ts'] },
    { name: 'fr', use: { locale: 'fr-CA' }, testIgnore: ['**/electron-smoke.spec.ts'] },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
