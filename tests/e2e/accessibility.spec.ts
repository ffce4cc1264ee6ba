/** axe-core on the main states of the window (and the template library, editor and Word template import): no violations at all. */
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
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // The template library, the name dialog, and the template editor open beside the preview.
  await page.getByRole('button', { name: 'Templates…' }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'Duplicate to edit' }).first().click();
  await expect(page.getByRole('heading', { name: 'Template editor' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // With a field in error (a Liquid snippet that does not parse), too.
  await page.locator('[data-section-id="summary"]').getByLabel(/Drafted text/).fill('{% if %}');
  await expect(page.locator('.form-field__error').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByRole('dialog', { name: 'Save as template' }).getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('dialog', { name: 'Save as template' }).getByRole('alert')).toContainText('Give the template a name');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the Word template import dialog and library rows have no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Templates…' }).click();
  await page.getByTestId('template-import-input').setInputFiles('tests/fixtures/word-templates/letterhead.docx');
  const dialog = page.getByRole('dialog', { name: 'Import Word template' });
  await expect(dialog.getByRole('list', { name: 'Placeholders found' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await page.locator('.library-row--word').getByText('Placeholders', { exact: true }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.locator('.library-row--word').getByRole('button', { name: 'Use' }).click();
  await expect(page.locator('.preview__word-template')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
