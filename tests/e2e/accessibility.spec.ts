/** axe-core on the main states of the window (and the template library, editor and Word template import): no violations at all. */
import { axeOf, expect, openApp, test } from './fixtures';
import { coreText, ui } from './ui-text';

test('the window has no accessibility violations', async ({ page }) => {
  await openApp(page);
  expect((await axeOf(page).analyze()).violations).toEqual([]);

  await page.locator('.pane--source button.mark--quotes').first().click();
  await page.getByRole('checkbox', { name: ui('compose.include', { item: ui('compose.itemLabel', { heading: 'Key issues', number: 1 }) }), exact: true }).uncheck();
  expect((await axeOf(page).analyze()).violations).toEqual([]);

  await page.getByRole('button', { name: ui('topBar.paste') }).click();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: ui('common.cancel') }).click();

  // The template library, the name dialog, and the template editor open beside the preview.
  await page.getByRole('button', { name: ui('metadata.templates') }).click();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await page.getByRole('dialog', { name: ui('library.heading') }).getByRole('button', { name: ui('library.duplicateToEdit') }).first().click();
  await expect(page.getByRole('heading', { name: ui('editor.title') })).toBeVisible();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  // With a field in error (a Liquid snippet that does not parse), too.
  await page.locator('[data-section-id="summary"]').getByLabel(ui('editor.draft')).fill('{% if %}');
  await expect(page.locator('.form-field__error').first()).toBeVisible();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: ui('editor.done') }).click();
  await page.getByRole('button', { name: ui('compose.saveAsTemplate') }).click();
  await page.getByRole('dialog', { name: ui('app.saveAsTemplate.title') }).getByRole('button', { name: ui('app.saveAsTemplate.submit') }).click();
  await expect(page.getByRole('dialog', { name: ui('app.saveAsTemplate.title') }).getByRole('alert')).toContainText(coreText('Give the template a name'));
  expect((await axeOf(page).analyze()).violations).toEqual([]);
});

test('the Word template import dialog and library rows have no accessibility violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: ui('metadata.templates') }).click();
  await page.getByTestId('template-import-input').setInputFiles('tests/fixtures/word-templates/letterhead.docx');
  const dialog = page.getByRole('dialog', { name: ui('wordImport.title') });
  await expect(dialog.getByRole('list', { name: ui('wordImport.list') })).toBeVisible();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: ui('wordImport.import'), exact: true }).click();
  await page.locator('.library-row--word').getByText(ui('library.placeholders'), { exact: true }).click();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await page.locator('.library-row--word').getByRole('button', { name: ui('library.use') }).click();
  await expect(page.locator('.preview__word-template')).toBeVisible();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
});
