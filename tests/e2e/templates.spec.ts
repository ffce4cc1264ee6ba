/**
 * The officer's own templates end to end, in Chromium against the web build (templates kept in
 * IndexedDB): save the note's arrangement as a template, find it again after a reload and export
 * with it; refuse bad template files with a clear message; edit a template with the preview beside.
 */
import { docxText, downloadBytes, expect, openApp, preview, test, clickExport } from './fixtures';
import type { Page } from '@playwright/test';

const composeHeadings = (page: Page) => page.locator('.pane--compose .compose-section__header h3').allTextContents();

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: 'Templates…' }).click();
  const library = page.getByRole('dialog', { name: 'Templates' });
  await expect(library).toBeVisible();
  return library;
}

test('saves the note as a template, finds it after a reload, and exports with it', async ({ page }) => {
  await openApp(page);
  // Arrange the note: no Background, Quotes moved above Outcomes.
  await page.getByRole('checkbox', { name: 'Background', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Move Quotes up' }).click();
  const arranged = (await composeHeadings(page)).filter((heading) => heading !== 'Background');
  expect(arranged.indexOf('Quotes')).toBeLessThan(arranged.indexOf('Outcomes'));

  await page.getByRole('button', { name: 'Save as template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('Asia/Pacific desk');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByRole('alert')).toContainText('cannot contain “/”');
  await dialog.getByLabel('Template name').fill('Asia desk note');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the template “Asia desk note”' })).toBeVisible();
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('asia-desk-note');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  const picker = page.getByLabel('Template', { exact: true });
  await expect(picker).toHaveValue('briefing-note');
  await expect(picker.locator('optgroup[label="Your templates"] option')).toHaveText(['Asia desk note']);
  await picker.selectOption({ label: 'Asia desk note' });
  expect(await composeHeadings(page)).toEqual(arranged);

  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, 'Export DOCX')]);
  const lines = (await docxText(docx)).split('\n').map((line) => line.trim());
  const printed = arranged.filter((heading) => lines.includes(heading));
  expect(printed).toEqual(arranged);
  expect(lines.indexOf('Quotes')).toBeLessThan(lines.indexOf('Outcomes'));
  expect(lines).not.toContain('Background');

  // Export hands over the template file, which imports back as the same template.
  const library = await openLibrary(page);
  const row = library.locator('.library-row').filter({ hasText: 'Asia desk note' });
  const [exported] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Export' }).click()]);
  expect(exported.suggestedFilename()).toBe('asia-desk-note.briefwright-template.json');
  const template = JSON.parse((await downloadBytes(exported)).toString('utf8'));
  expect(template).toMatchObject({ schemaVersion: 1, id: 'asia-desk-note', name: 'Asia desk note' });
  expect(template.sections.map((section: { heading: string }) => section.heading)).toEqual(arranged);
});

test('refuses bad template files with a clear message and asks before overwriting', async ({ page }) => {
  await openApp(page);
  const library = await openLibrary(page);
  await library.getByRole('button', { name: 'Duplicate to edit' }).first().click();
  await expect(page.getByRole('heading', { name: 'Template editor' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await openLibrary(page);
  const mine = library.locator('.library__list').first().locator('.library-row');
  await expect(mine).toHaveCount(1);

  // Rename refuses a name with a path separator, then keeps the id (the file name).
  await mine.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename template' });
  await rename.getByLabel('New name').fill('Desk\\Asia');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByRole('alert')).toContainText('cannot contain “\\”');
  await rename.getByLabel('New name').fill('Asia desk');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(mine).toHaveText(/Asia desk/);
  const input = page.getByTestId('template-import-input');
  const alert = library.getByRole('alert');

  await input.setInputFiles({ name: 'broken.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from('{ "schemaVersion": 1, ') });
  await expect(alert).toContainText('broken.briefwright-template.json is not a Briefwright template: it is not valid JSON');
  await expect(alert).toContainText('Your templates are unchanged.');

  const valid = JSON.parse(await (await import('node:fs/promises')).readFile('templates/briefing-note.json', 'utf8'));
  const future = { ...valid, id: 'future', schemaVersion: 4 };
  await input.setInputFiles({ name: 'future.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(future)) });
  await expect(alert).toContainText('made by a newer version of Briefwright (template schema 4');

  const oddKind = { ...valid, id: 'odd', sections: [...valid.sections, { id: 'x', kind: 'horoscope', heading: 'Stars', layout: 'bullets' }] };
  await input.setInputFiles({ name: 'odd.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(oddKind)) });
  await expect(alert).toContainText('section 8 has an unknown kind “horoscope”');

  await input.setInputFiles({ name: 'huge.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 0x20) });
  await expect(alert).toContainText('huge.briefwright-template.json is too large to be a template');
  await expect(mine).toHaveCount(1);

  // A good file imports; the same id again asks first, and "no" keeps the stored one.
  const good = { ...valid, id: 'desk-note', name: 'Desk note' };
  await input.setInputFiles({ name: 'desk-note.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(library.getByRole('status')).toContainText('Imported the template “Desk note”');
  await expect(mine).toHaveCount(2);
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await input.setInputFiles({ name: 'desk-note-2.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...good, name: 'Replacement' })) });
  await expect(library.getByRole('status')).toContainText('Nothing was saved; your template “Desk note” is unchanged.');
  expect(question).toContain('already exists. Replace it?');
  await expect(mine.filter({ hasText: 'Replacement' })).toHaveCount(0);

  // Delete asks first; the built-ins have no Delete at all.
  page.once('dialog', (dialog) => void dialog.accept());
  await mine.filter({ hasText: 'Asia desk' }).getByRole('button', { name: 'Delete' }).click();
  await expect(mine).toHaveCount(1);
  await expect(library.locator('.library__list').nth(1).getByRole('button', { name: 'Delete' })).toHaveCount(0);

  // Use lays the note out with a template and goes back to the note.
  await library.locator('.library-row').filter({ hasText: 'Meeting readout' }).getByRole('button', { name: 'Use' }).click();
  await expect(library).toBeHidden();
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('meeting-readout');
});

test('edits a template in the editor form with the preview beside it', async ({ page }) => {
  await openApp(page);
  const library = await openLibrary(page);
  // Built-ins are read-only: no Edit, Rename or Delete for them.
  const builtIn = library.locator('.library-row').filter({ hasText: 'Briefing note' }).first();
  await expect(builtIn.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(builtIn.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(builtIn.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await builtIn.getByRole('button', { name: 'Duplicate to edit' }).click();

  const editor = page.locator('.pane--editor');
  await expect(editor.getByRole('heading', { name: 'Template editor' })).toBeVisible();
  await expect(editor.getByLabel('Name', { exact: true })).toHaveValue('Briefing note (copy)');
  await expect(editor.getByLabel('Name', { exact: true })).toBeFocused();
  await editor.locator('[data-section-id="condemnations"]').getByLabel('Heading').fill('Concerns raised');
  await expect(preview(page)).toContainText('Concerns raised');
  await expect(editor.getByRole('status')).toHaveText('All changes saved');

  // Reorder by keyboard: Alt+↑ in the Quotes section moves it above Outcomes.
  const quotesHeading = editor.locator('[data-section-id="quotes"]').getByLabel('Heading');
  await quotesHeading.press('Alt+ArrowUp');
  const order = await editor.locator('.editor-section h3').allTextContents();
  expect(order.indexOf('Quotes')).toBe(order.indexOf('Outcomes') - 1);
  // The officer keeps their place: focus stays in the moved section, so Alt+↑ again moves it on.
  await expect(quotesHeading).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(quotesHeading).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');

  // A Liquid error is shown at the snippet and nothing invalid is saved.
  const snippet = editor.locator('[data-section-id="summary"]').getByLabel(/Drafted text/);
  await snippet.fill('On {{ meeting.date | long_date }} {% if %}');
  await expect(editor.locator('[data-section-id="summary"] .form-field__error')).toContainText('not valid Liquid');
  await expect(editor.getByRole('status')).toContainText('Not saved');
  await expect(preview(page)).toContainText('Concerns raised');
  await snippet.fill('Ministers met in {{ meeting.location }}.');
  await expect(preview(page)).toContainText('Ministers met in Ottawa.');
  await expect(editor.getByRole('status')).toHaveText('All changes saved');

  await page.getByRole('button', { name: 'Use for this note' }).click();
  await expect(page.getByLabel('Template', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('briefing-note-copy');
  await expect(page.locator('.pane--compose')).toContainText('Concerns raised');
  await expect(preview(page)).toContainText('Ministers met in Ottawa.');
});

test('the source comments toggle follows the template and reaches the DOCX', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole('checkbox', { name: 'Source comments (DOCX)' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, 'Export DOCX')]);
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await (await import('node:fs/promises')).readFile(await docx.path()));
  const comments = await zip.file('word/comments.xml')?.async('string');
  expect(comments).toContain('Ottawa');
});
