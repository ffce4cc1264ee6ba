/** axe-core on the main states of the window: no violations at all. */
import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

test('the window has no accessibility violations', async ({ page }) => {
  await openApp(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.locator('.pane--source button.mark--quotes').first().click();
  await page.getByRole('checkbox', { name: 'Include Key issues item 1', exact: true }).uncheck();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('button', { name: 'Paste…' }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
