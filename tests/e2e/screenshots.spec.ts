/**
 * Screenshots of the window's main states at 1280×800, for people to look at (not compared): the
 * sample open, an item selected and edited, the paste dialog, a refused file, the restore offer.
 * Written to test-results/screenshots/.
 */
import { expect, openApp, test } from './fixtures';

const shot = (name: string) => ({ path: `test-results/screenshots/${name}.png` });

test('screenshots of the main states', async ({ page }) => {
  await openApp(page);
  await page.screenshot(shot('1-sample-open'));

  await page.locator('.pane--source button.mark--quotes').first().click();
  const quote = page.getByRole('textbox', { name: 'Quotes item 1', exact: true });
  await quote.fill('We stand together for a free and open Indo-Pacific.');
  await page.getByRole('checkbox', { name: 'Include Key issues item 2', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Move Quotes up' }).click();
  await page.screenshot(shot('2-item-selected-and-edited'));

  await page.getByRole('button', { name: 'Paste…' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Joint statement\n\nCanada and Japan condemned the launches.');
  await page.screenshot(shot('3-paste-dialog'));
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByTestId('file-input').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) });
  await expect(page.getByRole('alert')).toBeVisible();
  await page.screenshot(shot('4-refused-file'));

  await page.waitForTimeout(3_500);
  await page.reload();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.screenshot(shot('5-restore-offer'));
});
