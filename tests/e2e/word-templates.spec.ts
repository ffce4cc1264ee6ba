/**
 * Word-authored templates in the app, in Chromium against the web build (the .docx kept in
 * IndexedDB): import a department's letterhead made with LibreOffice, see its placeholders (the
 * unknown one flagged), use it, export a DOCX that is the letterhead filled with the note, export a
 * PDF drawn with the base layout (and told so), find it again after a reload, reopen a draft made
 * with it, and delete it. A file that is not a Word document is refused and nothing is stored.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { docxText, downloadBytes, expect, openApp, pdfText, test, clickExport } from './fixtures';
import type { Page } from '@playwright/test';
import { coreText, ui } from './ui-text';

const LETTERHEAD = 'tests/fixtures/word-templates/letterhead.docx';

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: ui('metadata.templates') }).click();
  const library = page.getByRole('dialog', { name: ui('library.heading') });
  await expect(library).toBeVisible();
  return library;
}

async function importLetterhead(page: Page) {
  const library = await openLibrary(page);
  await page.getByTestId('template-import-input').setInputFiles(LETTERHEAD);
  const dialog = page.getByRole('dialog', { name: ui('wordImport.title') });
  await expect(dialog).toBeVisible();
  return { library, dialog };
}

test('imports a Word letterhead, lists its placeholders, and fills it on DOCX export', async ({ page }) => {
  await openApp(page);
  const { library, dialog } = await importLetterhead(page);
  await expect(dialog.getByText('letterhead.docx')).toBeVisible();
  await expect(dialog.getByLabel(ui('wordImport.name'), { exact: true })).toHaveValue('letterhead');
  await expect(dialog.getByLabel(ui('wordImport.base'))).toHaveValue('briefing-note');
  const placeholders = dialog.getByRole('list', { name: ui('wordImport.list') }).getByRole('listitem');
  await expect(placeholders).toHaveCount(13);
  await expect(dialog.getByRole('heading', { name: `${ui('wordImport.found', { count: 13 })}${ui('wordImport.notFilled', { count: 1 })}` })).toBeVisible();
  await expect(placeholders.filter({ hasText: '{{title}}' })).toContainText(coreText('the note’s title'));
  await expect(placeholders.filter({ hasText: '{{section:summary}}' })).toContainText(coreText('the section “Summary”'));
  await expect(placeholders.filter({ hasText: '{{director-remarks}}' })).toContainText(ui('wordImport.warning', { text: coreText('not a Briefwright placeholder: left as typed') }));

  // A name with a path separator is refused in place; a good one imports.
  await dialog.getByLabel(ui('wordImport.name'), { exact: true }).fill('Asia/Pacific letterhead');
  await dialog.getByRole('button', { name: ui('wordImport.import'), exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(coreText('cannot contain “/”'));
  await dialog.getByLabel(ui('wordImport.name'), { exact: true }).fill('Asia-Pacific letterhead');
  await dialog.getByRole('button', { name: ui('wordImport.import'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(library.getByRole('status').filter({ hasText: ui('templates.wordImported', { name: 'Asia-Pacific letterhead', count: 13 }) })).toBeVisible();
  const row = library.locator('.library-row--word').filter({ hasText: 'Asia-Pacific letterhead' });
  await expect(row).toContainText(`${ui('library.wordMeta', { base: 'Briefing note', count: 13 })}${ui('library.unfilled', { count: 1 })}`);

  // Export gives back the department's document byte for byte.
  const [copy] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: ui('library.export') }).click()]);
  expect(copy.suggestedFilename()).toBe('letterhead.docx');
  expect((await downloadBytes(copy)).equals(await readFile(LETTERHEAD))).toBe(true);

  await row.getByRole('button', { name: ui('library.use') }).click();
  await expect(library).toBeHidden();
  const picker = page.getByLabel(ui('metadata.template'), { exact: true });
  await expect(picker).toHaveValue('word:asia-pacific-letterhead');
  await expect(page.getByRole('note')).toContainText(ui('preview.wordTemplate', { word: 'Asia-Pacific letterhead', template: 'Briefing note' }));
  // Sections none of its placeholders names are flagged: they are in the preview and PDF only.
  const section = (id: string) => page.locator(`.pane--compose [data-section-id="${id}"]`);
  await expect(section('background').getByText(ui('compose.notInWord'))).toBeVisible();
  await expect(section('next-steps').getByText(ui('compose.notInWord'))).toBeVisible();
  for (const id of ['summary', 'participants', 'condemnations', 'initiatives', 'quotes']) await expect(section(id).getByText(ui('compose.notInWord'))).toHaveCount(0);

  // Renaming keeps the id, so the note (and drafts made with it) still find it.
  await openLibrary(page);
  await row.getByRole('button', { name: ui('library.rename') }).click();
  const rename = page.getByRole('dialog', { name: ui('library.renameTitle') });
  await rename.getByLabel(ui('library.newName')).fill('GAC Asia-Pacific letterhead');
  await rename.getByRole('button', { name: ui('library.rename') }).click();
  await expect(page.getByRole('dialog', { name: ui('library.heading') }).locator('.library-row--word .library-row__name')).toHaveText(`GAC Asia-Pacific letterhead${ui('library.inUse')}`);
  await page.getByRole('dialog', { name: ui('library.heading') }).getByRole('button', { name: ui('common.close'), exact: true }).click();
  await expect(picker).toHaveValue('word:asia-pacific-letterhead');
  await expect(picker.locator('option:checked')).toHaveText(ui('metadata.wordOption', { name: 'GAC Asia-Pacific letterhead' }));
  await expect(page.getByRole('note')).toContainText(ui('preview.wordTemplate', { word: 'GAC Asia-Pacific letterhead', template: 'Briefing note' }));

  const title = 'Canada–Korea 2+2 readout for the Deputy Minister';
  await page.getByLabel(ui('metadata.title'), { exact: true }).fill(title);
  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, ui('export.button', { format: 'DOCX' }))]);
  await expect(page.getByTestId('export-notification').filter({ hasText: ui('export.downloaded').trim() })).toBeVisible();
  const zip = await JSZip.loadAsync(await downloadBytes(docx));
  const body = await zip.file('word/document.xml')!.async('string');
  const text = await docxText(docx);
  // The letterhead, its labels and styles are the department's; the placeholders hold the note.
  expect(text).toContain('Global Affairs Canada — Asia-Pacific Branch');
  expect(text).toContain(title);
  expect(text).toContain('Prepared by:');
  expect(text).toMatch(/Mélanie Joly/);
  expect(text).not.toMatch(/\{\{(title|date|participants|section:summary|classification)\}\}/);
  expect(text).toContain('{{director-remarks}}');
  // Its own styles are kept (patchDocument rewrites the XML, so compare the styles, not the bytes).
  const styleIds = (xml: string) => [...xml.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1]);
  const letterheadStyles = await (await JSZip.loadAsync(await readFile(LETTERHEAD))).file('word/styles.xml')!.async('string');
  expect(styleIds(await zip.file('word/styles.xml')!.async('string'))).toEqual(styleIds(letterheadStyles));
  expect(body).toContain('<w:pStyle w:val="Letterhead"/>');
  expect(body).toContain('<w:pStyle w:val="SectionHeading"/>');
  // List sections take the document's own "List Bullet" style.
  expect(body.match(/<w:pStyle w:val="ListBullet"\/>/g)?.length ?? 0).toBeGreaterThanOrEqual(6);

  // The PDF is drawn with the base layout, and the status line says so.
  const [pdf] = await Promise.all([page.waitForEvent('download'), clickExport(page, ui('export.button', { format: 'PDF' }))]);
  await expect(page.getByTestId('export-notification').filter({ hasText: ui('export.wordPdfNote', { layout: 'Briefing note', word: 'GAC Asia-Pacific letterhead' }) })).toBeVisible();
  const pdfWords = await pdfText(pdf);
  expect(pdfWords).toContain(title);
  expect(pdfWords).toContain('Key issues');
  expect(pdfWords).not.toContain('Global Affairs Canada — Asia-Pacific Branch');

  // After a reload the template is still there, in the library and in the picker.
  await page.reload();
  await expect(page.getByRole('heading', { name: ui('compose.heading') })).toBeVisible();
  const wordOption = ui('metadata.wordOption', { name: 'GAC Asia-Pacific letterhead' });
  await expect(picker.locator(`optgroup[label="${ui('metadata.yourWordTemplates')}"] option`)).toHaveText([wordOption]);
  await picker.selectOption({ label: wordOption });
  await expect(page.getByRole('note')).toContainText('GAC Asia-Pacific letterhead');
  // Choosing the base built-in goes back to Briefwright's own DOCX.
  await picker.selectOption({ label: 'Briefing note' });
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('a draft remembers its Word template; deleting the template leaves the draft openable', async ({ page }) => {
  await openApp(page);
  const { dialog } = await importLetterhead(page);
  await dialog.getByRole('button', { name: ui('wordImport.import'), exact: true }).click();
  const library = page.getByRole('dialog', { name: ui('library.heading') });
  const row = library.locator('.library-row--word').filter({ hasText: 'letterhead' });
  await row.getByRole('button', { name: ui('library.use') }).click();

  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui('topBar.save'), exact: true }).click()]);
  const draft = JSON.parse((await downloadBytes(saved)).toString('utf8'));
  expect(draft.wordTemplate).toEqual({ id: 'letterhead', name: 'letterhead' });
  expect(draft.template.id).toBe('briefing-note');

  // Back to a built-in, then the draft reopens with its Word template.
  await page.getByLabel(ui('metadata.template'), { exact: true }).selectOption({ label: 'Meeting readout' });
  await page.getByTestId('file-input').setInputFiles({ name: 'note.briefwright.json', mimeType: 'application/json', buffer: await downloadBytes(saved) });
  // The layout change is unsaved: the app asks first.
  await page.getByTestId('unsaved-changes-dialog').getByRole('button', { name: ui('session:unsaved.discard'), exact: true }).click();
  await expect(page.getByLabel(ui('metadata.template'), { exact: true })).toHaveValue('word:letterhead');

  // Delete asks first; the note then exports DOCX with its layout and the draft still opens, with a warning.
  const libraryAgain = await openLibrary(page);
  page.once('dialog', (question) => {
    expect(question.message()).toBe(ui('templates.wordDeleteQuestion', { name: 'letterhead' }));
    void question.accept();
  });
  await libraryAgain.locator('.library-row--word').getByRole('button', { name: ui('library.delete') }).click();
  await expect(libraryAgain.getByRole('status').filter({ hasText: ui('templates.wordDeletedInUse', { name: 'letterhead', layout: 'Briefing note' }) })).toBeVisible();
  await expect(libraryAgain.locator('.library-row--word')).toHaveCount(0);
  await libraryAgain.getByRole('button', { name: ui('common.close'), exact: true }).click();
  await expect(page.getByLabel(ui('metadata.template'), { exact: true })).toHaveValue('briefing-note');

  await page.getByTestId('file-input').setInputFiles({ name: 'note.briefwright.json', mimeType: 'application/json', buffer: await downloadBytes(saved) });
  await page.getByTestId('unsaved-changes-dialog').getByRole('button', { name: ui('session:unsaved.discard'), exact: true }).click();
  await expect(page.getByTestId('notice-notification').filter({ hasText: ui('drafts.missingWordTemplate', { name: 'letterhead', layout: 'Briefing note' }) })).toBeVisible();
  await expect(page.getByLabel(ui('metadata.template'), { exact: true })).toHaveValue('briefing-note');
  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, ui('export.button', { format: 'DOCX' }))]);
  expect(await docxText(docx)).toContain('Key issues');
});

test('a file that is not a Word document is refused and nothing is stored', async ({ page }) => {
  await openApp(page);
  const library = await openLibrary(page);
  await page.getByTestId('template-import-input').setInputFiles({ name: 'letterhead.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('this is plain text, not a zip') });
  await expect(library.getByRole('alert').filter({ hasText: `${coreText('letterhead.docx is not a Word document (.docx): it is not a zip file.')}` }).filter({ hasText: ui('templates.unchanged') })).toBeVisible();
  await expect(page.getByRole('dialog', { name: ui('wordImport.title') })).toBeHidden();
  await expect(library.locator('.library-row--word')).toHaveCount(0);
});
