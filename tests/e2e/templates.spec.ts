/**
 * The officer's own templates end to end, in Chromium against the web build (templates kept in
 * IndexedDB): save the note's arrangement as a template, find it again after a reload and export
 * with it; refuse bad template files with a clear message; edit a template with the preview beside.
 */
import { docxText, downloadBytes, expect, openApp, preview, test, clickExport } from './fixtures';
import type { Page } from '@playwright/test';
import { coreText, ui, uiBefore } from './ui-text';

const composeHeadings = (page: Page) => page.locator('.pane--compose .compose-section__header h3').allTextContents();

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: ui('metadata.templates') }).click();
  const library = page.getByRole('dialog', { name: ui('library.heading') });
  await expect(library).toBeVisible();
  return library;
}

test('saves the note as a template, finds it after a reload, and exports with it', async ({ page }) => {
  await openApp(page);
  // Arrange the note: no Background, Quotes moved above Outcomes.
  await page.getByRole('checkbox', { name: 'Background', exact: true }).uncheck();
  await page.getByRole('button', { name: ui('compose.moveUp', { heading: 'Quotes' }) }).click();
  const arranged = (await composeHeadings(page)).filter((heading) => heading !== 'Background');
  expect(arranged.indexOf('Quotes')).toBeLessThan(arranged.indexOf('Outcomes'));

  await page.getByRole('button', { name: ui('compose.saveAsTemplate') }).click();
  const dialog = page.getByRole('dialog', { name: ui('app.saveAsTemplate.title') });
  await dialog.getByLabel(ui('app.saveAsTemplate.label')).fill('Asia/Pacific desk');
  await dialog.getByRole('button', { name: ui('app.saveAsTemplate.submit') }).click();
  await expect(dialog.getByRole('alert')).toContainText(coreText('cannot contain “/”'));
  await dialog.getByLabel(ui('app.saveAsTemplate.label')).fill('Asia desk note');
  await dialog.getByRole('button', { name: ui('app.saveAsTemplate.submit') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: ui('templates.savedAs', { name: 'Asia desk note' }) })).toBeVisible();
  await expect(page.getByLabel(ui('metadata.template'), { exact: true })).toHaveValue('asia-desk-note');

  await page.reload();
  await expect(page.getByRole('heading', { name: ui('compose.heading') })).toBeVisible();
  const picker = page.getByLabel(ui('metadata.template'), { exact: true });
  await expect(picker).toHaveValue('briefing-note');
  await expect(picker.locator(`optgroup[label="${ui('metadata.yourTemplates')}"] option`)).toHaveText(['Asia desk note']);
  await picker.selectOption({ label: 'Asia desk note' });
  expect(await composeHeadings(page)).toEqual(arranged);

  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, ui('export.button', { format: 'DOCX' }))]);
  const lines = (await docxText(docx)).split('\n').map((line) => line.trim());
  const printed = arranged.filter((heading) => lines.includes(heading));
  // The Recommendation section prints on a note for decision only (issue 13 item 5); this note is for information.
  expect(printed).toEqual(arranged.filter((heading) => heading !== 'Recommendation'));
  expect(lines.indexOf('Quotes')).toBeLessThan(lines.indexOf('Outcomes'));
  expect(lines).not.toContain('Background');

  // Export hands over the template file, which imports back as the same template.
  const library = await openLibrary(page);
  const row = library.locator('.library-row').filter({ hasText: 'Asia desk note' });
  const [exported] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: ui('library.export') }).click()]);
  expect(exported.suggestedFilename()).toBe('asia-desk-note.briefwright-template.json');
  const template = JSON.parse((await downloadBytes(exported)).toString('utf8'));
  expect(template).toMatchObject({ schemaVersion: 1, id: 'asia-desk-note', name: 'Asia desk note' });
  expect(template.sections.map((section: { heading: string }) => section.heading)).toEqual(arranged);
});

test('refuses bad template files with a clear message and asks before overwriting', async ({ page }) => {
  await openApp(page);
  const library = await openLibrary(page);
  await library.getByRole('button', { name: ui('library.duplicateToEdit') }).first().click();
  await expect(page.getByRole('heading', { name: ui('editor.title') })).toBeVisible();
  await page.getByRole('button', { name: ui('editor.done') }).click();
  await openLibrary(page);
  const mine = library.locator('.library__list').first().locator('.library-row');
  await expect(mine).toHaveCount(1);

  // Rename refuses a name with a path separator, then keeps the id (the file name).
  await mine.getByRole('button', { name: ui('library.rename') }).click();
  const rename = page.getByRole('dialog', { name: ui('library.renameTitle') });
  await rename.getByLabel(ui('library.newName')).fill('Desk\\Asia');
  await rename.getByRole('button', { name: ui('library.rename') }).click();
  await expect(rename.getByRole('alert')).toContainText(coreText('cannot contain “\\”'));
  await rename.getByLabel(ui('library.newName')).fill('Asia desk');
  await rename.getByRole('button', { name: ui('library.rename') }).click();
  await expect(mine).toHaveText(/Asia desk/);
  const input = page.getByTestId('template-import-input');
  const alert = library.getByRole('alert');

  await input.setInputFiles({ name: 'broken.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from('{ "schemaVersion": 1, ') });
  await expect(alert).toContainText(coreText('broken.briefwright-template.json is not a Briefwright template: it is not valid JSON'));
  await expect(alert).toContainText(ui('templates.unchanged'));

  const valid = JSON.parse(await (await import('node:fs/promises')).readFile('templates/briefing-note.json', 'utf8'));
  const future = { ...valid, id: 'future', schemaVersion: 4 };
  await input.setInputFiles({ name: 'future.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(future)) });
  await expect(alert).toContainText(coreText('made by a newer version of Briefwright (template schema 4'));

  const oddKind = { ...valid, id: 'odd', sections: [...valid.sections, { id: 'x', kind: 'horoscope', heading: 'Stars', layout: 'bullets' }] };
  await input.setInputFiles({ name: 'odd.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(oddKind)) });
  await expect(alert).toContainText(coreText(`section ${valid.sections.length + 1} has an unknown kind “horoscope”`));

  await input.setInputFiles({ name: 'huge.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 0x20) });
  await expect(alert).toContainText(uiBefore('templates.tooLarge', 'size', { file: 'huge.briefwright-template.json' }));
  await expect(mine).toHaveCount(1);

  // A good file imports; the same id again asks first, and "no" keeps the stored one.
  const good = { ...valid, id: 'desk-note', name: 'Desk note' };
  await input.setInputFiles({ name: 'desk-note.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(library.getByRole('status')).toContainText(ui('templates.imported', { name: 'Desk note' }));
  await expect(mine).toHaveCount(2);
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await input.setInputFiles({ name: 'desk-note-2.briefwright-template.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...good, name: 'Replacement' })) });
  await expect(library.getByRole('status')).toContainText(ui('templates.nothingSaved', { name: 'Desk note' }));
  expect(question).toBe(ui('templates.replaceQuestionNamed', { id: 'desk-note', name: 'Desk note' }));
  await expect(mine.filter({ hasText: 'Replacement' })).toHaveCount(0);

  // Delete asks first; the built-ins have no Delete at all.
  page.once('dialog', (dialog) => void dialog.accept());
  await mine.filter({ hasText: 'Asia desk' }).getByRole('button', { name: ui('library.delete') }).click();
  await expect(mine).toHaveCount(1);
  await expect(library.locator('.library__list').nth(1).getByRole('button', { name: ui('library.delete') })).toHaveCount(0);

  // Use lays the note out with a template and goes back to the note.
  await library.locator('.library-row').filter({ hasText: 'Meeting readout' }).getByRole('button', { name: ui('library.use') }).click();
  await expect(library).toBeHidden();
  await expect(page.getByLabel(ui('metadata.template'), { exact: true })).toHaveValue('meeting-readout');
});

test('edits a template in the editor form with the preview beside it', async ({ page }) => {
  await openApp(page);
  const library = await openLibrary(page);
  // Built-ins are read-only: no Edit, Rename or Delete for them.
  const builtIn = library.locator('.library-row').filter({ hasText: 'Briefing note' }).first();
  await expect(builtIn.getByRole('button', { name: ui('library.edit'), exact: true })).toHaveCount(0);
  await expect(builtIn.getByRole('button', { name: ui('library.delete') })).toHaveCount(0);
  await expect(builtIn.getByRole('button', { name: ui('library.rename') })).toHaveCount(0);
  await builtIn.getByRole('button', { name: ui('library.duplicateToEdit') }).click();

  const editor = page.locator('.pane--editor');
  await expect(editor.getByRole('heading', { name: ui('editor.title') })).toBeVisible();
  await expect(editor.getByLabel(ui('editor.name'), { exact: true })).toHaveValue('Briefing note (copy)');
  await expect(editor.getByLabel(ui('editor.name'), { exact: true })).toBeFocused();
  await editor.locator('[data-section-id="condemnations"]').getByLabel(ui('editor.heading'), { exact: true }).fill('Concerns raised');
  await expect(preview(page)).toContainText('Concerns raised');
  await expect(editor.getByRole('status')).toHaveText(ui('editor.saved'));

  // Reorder by keyboard: Alt+↑ in the Quotes section moves it above Outcomes.
  const quotesHeading = editor.locator('[data-section-id="quotes"]').getByLabel(ui('editor.heading'), { exact: true });
  await quotesHeading.press('Alt+ArrowUp');
  const order = await editor.locator('.editor-section h3').allTextContents();
  expect(order.indexOf('Quotes')).toBe(order.indexOf('Outcomes') - 1);
  // The officer keeps their place: focus stays in the moved section, so Alt+↑ again moves it on.
  await expect(quotesHeading).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(quotesHeading).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');

  // A Liquid error is shown at the snippet and nothing invalid is saved.
  const snippet = editor.locator('[data-section-id="summary"]').getByLabel(ui('editor.draft'));
  await snippet.fill('On {{ meeting.date | long_date }} {% if %}');
  await expect(editor.locator('[data-section-id="summary"] .form-field__error')).toContainText(coreText('not valid Liquid'));
  await expect(editor.getByRole('status')).toContainText(ui('editor.invalid', { count: 1 }).split(/\s*:/)[0]!);
  await expect(preview(page)).toContainText('Concerns raised');
  await snippet.fill('Ministers met in {{ meeting.location }}.');
  await expect(preview(page)).toContainText('Ministers met in Ottawa.');
  await expect(editor.getByRole('status')).toHaveText(ui('editor.saved'));

  await page.getByRole('button', { name: ui('editor.use') }).click();
  await expect(page.getByLabel(ui('metadata.template'), { exact: true })).toBeFocused();
  await expect(page.getByLabel(ui('metadata.template'), { exact: true })).toHaveValue('briefing-note-copy');
  await expect(page.locator('.pane--compose')).toContainText('Concerns raised');
  await expect(preview(page)).toContainText('Ministers met in Ottawa.');
});

test('the source comments toggle follows the template and reaches the DOCX', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole('checkbox', { name: ui('export.sourceComments') });
  // A narrow top bar (the French labels are longer) keeps the toggle in its More menu.
  if (!(await toggle.isVisible())) await page.getByRole('button', { name: ui('session:topBar.more') }).click();
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, ui('export.button', { format: 'DOCX' }))]);
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await (await import('node:fs/promises')).readFile(await docx.path()));
  const comments = await zip.file('word/comments.xml')?.async('string');
  expect(comments).toContain('Ottawa');
});
