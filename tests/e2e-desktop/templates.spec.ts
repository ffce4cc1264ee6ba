/**
 * The officer's templates on the desktop live in the data folder main reads and writes
 * (~/.config/briefwright/templates, the same folder the CLI uses): a template saved from the note is
 * a JSON file there and is found again after a restart; a Word letterhead imported in the library is
 * kept byte for byte beside its record, fills the DOCX main writes, and is deleted from disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { docxOnDisk, expect, pdfOnDisk, shot, test, clickExport } from './fixtures';

const LETTERHEAD = 'tests/fixtures/word-templates/letterhead.docx';

const composeHeadings = (page: Page) => page.locator('.pane--compose .compose-section__header h3').allTextContents();

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: 'Templates…' }).click();
  const library = page.getByRole('dialog', { name: 'Templates' });
  await expect(library).toBeVisible();
  return library;
}

test('saves the note’s arrangement as a template file in the data folder and uses it after a restart', async ({ launch, folders }) => {
  const desktop = await launch();
  const templates = path.join(desktop.dataDir, 'templates');
  const { page } = desktop;
  await page.getByRole('checkbox', { name: 'Background', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Move Quotes up' }).click();
  const arranged = (await composeHeadings(page)).filter((heading) => heading !== 'Background');

  await desktop.chooseMenuItem('File', 'Save as Template…');
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('Asia desk note');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the template “Asia desk note”' })).toBeVisible();

  expect(await readdir(templates)).toEqual(['asia-desk-note.briefwright-template.json']);
  const stored = JSON.parse(await readFile(path.join(templates, 'asia-desk-note.briefwright-template.json'), 'utf8'));
  expect(stored).toMatchObject({ schemaVersion: 1, id: 'asia-desk-note', name: 'Asia desk note' });
  expect(stored.sections.map((section: { heading: string }) => section.heading)).toEqual(arranged);

  await desktop.close();
  const again = await launch();
  const picker = again.page.getByLabel('Template', { exact: true });
  await expect(picker.locator('optgroup[label="Your templates"] option')).toHaveText(['Asia desk note']);
  await picker.selectOption({ label: 'Asia desk note' });
  expect(await composeHeadings(again.page)).toEqual(arranged);

  again.answerNextDialog(path.join(folders.documents, 'arranged.docx'));
  await clickExport(again.page, 'Export DOCX');
  await expect(again.page.getByTestId('export-notification')).toContainText('Saved to');
  const lines = (await docxOnDisk(path.join(folders.documents, 'arranged.docx'))).text.split('\n').map((line) => line.trim());
  // The Recommendation section prints on a note for decision only (issue 13 item 5); this note is for information.
  expect(arranged.filter((heading) => lines.includes(heading))).toEqual(arranged.filter((heading) => heading !== 'Recommendation'));
  expect(lines).not.toContain('Background');

  // Export from the library asks where and writes the template file there.
  const library = await openLibrary(again.page);
  again.answerNextDialog(path.join(folders.documents, 'shared-template'));
  await library.locator('.library-row').filter({ hasText: 'Asia desk note' }).getByRole('button', { name: 'Export' }).click();
  await expect.poll(() => readdir(folders.documents)).toContain('shared-template.briefwright-template.json');
  expect(JSON.parse(await readFile(path.join(folders.documents, 'shared-template.briefwright-template.json'), 'utf8'))).toEqual(stored);
});

test('imports a Word letterhead into the data folder, fills it on DOCX export, and deletes it from disk', async ({ desktop, folders }) => {
  const { page } = desktop;
  const templates = path.join(desktop.dataDir, 'templates');
  const library = await openLibrary(page);
  await page.getByTestId('template-import-input').setInputFiles(LETTERHEAD);
  const dialog = page.getByRole('dialog', { name: 'Import Word template' });
  await expect(dialog.getByRole('heading', { name: 'Placeholders found: 13 · 1 not filled' })).toBeVisible();
  await dialog.getByLabel('Name').fill('Asia-Pacific letterhead');
  await page.screenshot(shot('5-word-template-import'));
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Imported the Word template “Asia-Pacific letterhead” (13 placeholders)' })).toBeVisible();

  // On disk: the record, and the document byte for byte (the bytes crossed IPC as a Uint8Array).
  const files = await readdir(templates);
  expect(files).toHaveLength(2);
  expect(files).toContain('asia-pacific-letterhead.briefwright-word-template.json');
  const documentFile = files.find((file) => /^asia-pacific-letterhead\.[0-9a-f]{12}\.docx$/.test(file));
  expect((await readFile(path.join(templates, documentFile!))).equals(await readFile(LETTERHEAD))).toBe(true);
  const record = JSON.parse(await readFile(path.join(templates, 'asia-pacific-letterhead.briefwright-word-template.json'), 'utf8'));
  expect(record).toMatchObject({ id: 'asia-pacific-letterhead', name: 'Asia-Pacific letterhead', base: 'briefing-note', docx: documentFile });

  const row = library.locator('.library-row--word').filter({ hasText: 'Asia-Pacific letterhead' });
  await row.getByRole('button', { name: 'Use' }).click();
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('word:asia-pacific-letterhead');
  const title = 'Canada–Korea 2+2 readout for the Deputy Minister';
  await page.getByLabel('Title', { exact: true }).fill(title);

  // Main fills the stored letterhead; the page sends the note, never the document.
  desktop.answerNextDialog(path.join(folders.documents, 'letterhead-note.docx'));
  await clickExport(page, 'Export DOCX');
  await expect(page.getByTestId('export-notification')).toContainText('Saved to');
  expect(desktop.ipcCalls.map((call) => call.channel)).toContain('note:export-word');
  const filled = await docxOnDisk(path.join(folders.documents, 'letterhead-note.docx'));
  expect(filled.text).toContain('Global Affairs Canada — Asia-Pacific Branch');
  expect(filled.text).toContain(title);
  expect(filled.text).toContain('Mélanie Joly');
  expect(filled.text).not.toMatch(/\{\{(title|date|participants|section:summary|classification)\}\}/);
  expect(filled.xml).toContain('<w:pStyle w:val="ListBullet"/>');

  // The PDF is drawn with the base layout, and the status says so.
  desktop.answerNextDialog(path.join(folders.documents, 'letterhead-note.pdf'));
  await clickExport(page, 'Export PDF');
  await expect(page.getByTestId('export-notification')).toContainText('The PDF uses the built-in Briefing note layout');
  const pdf = await pdfOnDisk(path.join(folders.documents, 'letterhead-note.pdf'));
  expect(pdf.text).toContain(title);
  expect(pdf.text).not.toContain('Global Affairs Canada — Asia-Pacific Branch');

  // Delete asks first, then both files leave the data folder.
  const libraryAgain = await openLibrary(page);
  page.once('dialog', (question) => void question.accept());
  await libraryAgain.locator('.library-row--word').getByRole('button', { name: 'Delete' }).click();
  await expect(libraryAgain.locator('.library-row--word')).toHaveCount(0);
  await expect.poll(() => readdir(templates)).toEqual([]);
});

test('a file that is not a Word document is refused and nothing is written', async ({ desktop }) => {
  const library = await openLibrary(desktop.page);
  await desktop.page.getByTestId('template-import-input').setInputFiles({ name: 'letterhead.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('this is plain text, not a zip') });
  await expect(library.getByRole('alert').filter({ hasText: 'letterhead.docx is not a Word document (.docx): it is not a zip file. Your templates are unchanged.' })).toBeVisible();
  await expect(readdir(path.join(desktop.dataDir, 'templates'))).rejects.toThrow(/ENOENT/);
});
