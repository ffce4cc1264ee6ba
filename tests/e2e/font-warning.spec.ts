/**
 * Characters no bundled font has are named in the preview before export (the browser host checks
 * them in its export worker against the bundled fonts), and the export says the same.
 */
import { expect, openApp, test, clickExport } from './fixtures';

test('warns in the preview, before export, about characters no bundled font has', async ({ page }) => {
  await openApp(page);
  const warning = page.locator('.preview__font-warning');
  await page.getByLabel('Title').fill('Meeting with Minister สมชาย');
  await expect(warning).toHaveText(/^No bundled font has (?=.*ส \(U\+0E2A\))(?=.*ช \(U\+0E0A\)).*: they print as blank boxes\./);
  await page.getByLabel('Title').fill('Meeting with Minister Somchai');
  await expect(warning).toBeHidden();
  await page.getByLabel('Title').fill('Meeting with Minister สมชาย');
  await expect(warning).toBeVisible();
  await clickExport(page, 'Export PDF');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText('no bundled font has');
});
