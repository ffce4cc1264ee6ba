/**
 * The off-origin check every spec gets from fixtures.ts without asking (issue 17 item 11): a test
 * whose page requests anything outside the app's origin fails, even when the test never mentions
 * `requests`. Expected to fail: if the check were not automatic, it would pass, and Playwright would
 * report the unexpected pass.
 */
import { expect, openApp, test } from './fixtures';

test('a test whose page leaves the app origin fails, without asking for the check', async ({ page }) => {
  test.fail(true, 'the automatic fixture must fail this test: the page requested another origin');
  await openApp(page);
  // Answered here, so nothing reaches the network: the fixture still sees the page ask for it.
  await page.route('http://off-origin.invalid/**', (route) => route.fulfill({ body: 'elsewhere', contentType: 'text/plain' }));
  await page.goto('http://off-origin.invalid/track');
  await expect(page.locator('body')).toHaveText('elsewhere');
});

test('the app’s own requests pass the check', async ({ page, requests }) => {
  await openApp(page);
  const origin = new URL(page.url()).origin;
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((url) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))).toBe(true);
});
