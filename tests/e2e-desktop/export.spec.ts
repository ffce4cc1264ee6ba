/**
 * Export on the desktop: main renders the note the page laid out with the bundled fonts and writes
 * it where the officer chose; the files are read back from disk (the DOCX's XML, the PDF's text).
 * Show in folder reveals only a file this session saved; a cancelled dialog writes nothing.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { docxOnDisk, expect, pdfOnDisk, shot, test, clickExport } from './fixtures';

test('exports DOCX and PDF to disk with the officer’s edits, and shows the file in its folder', async ({ desktop, folders }) => {
  const { page } = desktop;
  const title = 'Canada–Korea 2+2 readout for the Deputy Minister';
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Classification').selectOption('PROTECTED B');
  await page.getByRole('textbox', { name: 'Quotes item 1', exact: true }).fill('We stand together for a free and open Indo-Pacific.');
  await page.getByRole('checkbox', { name: 'Include Participants item 2', exact: true }).uncheck();
  const status = page.getByTestId('export-notification');

  // DOCX from the button; the officer's file name has no extension, main adds it.
  desktop.answerNextDialog(path.join(folders.documents, 'readout'));
  await clickExport(page, 'Export DOCX');
  const docxFile = path.join(folders.documents, 'readout.docx');
  await expect(status).toContainText(`Saved to ${docxFile}`);
  expect(desktop.dialogCalls[0]).toMatchObject({ kind: 'save', attachedToWindow: true, options: { title: 'Export DOCX', defaultPath: path.join(folders.documents, `${await page.getByLabel('Date', { exact: true }).inputValue()} ${title}.docx`) } });
  const docx = await docxOnDisk(docxFile);
  expect(docx.text).toContain(title);
  expect(docx.text).toContain('We stand together for a free and open Indo-Pacific.');
  expect(docx.text).toContain('Mélanie Joly');
  expect(docx.text).not.toContain('Bill Blair, Minister of National Defence');
  const header = await docx.zip.file(/word\/header\d*\.xml/)[0]!.async('string');
  expect(header).toContain('PROTECTED B');

  // PDF from the File menu, drawn with the bundled fonts.
  desktop.answerNextDialog(path.join(folders.documents, 'readout.pdf'));
  await desktop.chooseMenuItem('File', 'Export PDF…');
  await clickExport(page);
  const pdfFile = path.join(folders.documents, 'readout.pdf');
  await expect(status).toContainText(`Saved to ${pdfFile}`);
  const pdf = await pdfOnDisk(pdfFile);
  expect(pdf.text).toContain(title);
  expect(pdf.text).toContain('We stand together for a free and open Indo-Pacific.');
  expect(pdf.text).toContain('PROTECTED B');
  expect(pdf.text).toContain(`Page 1 of ${pdf.pages}`);
  await page.screenshot(shot('4-exported'));

  await status.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => desktop.shownInFolder).toEqual([pdfFile]);
  // Main reveals only what it saved: a path the page makes up is refused.
  const refused = await page.evaluate(() => (window as unknown as { briefwright: { showInFolder(path: string): Promise<void> } }).briefwright.showInFolder('/etc/passwd').then(() => 'shown', (error: Error) => error.message));
  expect(refused).toContain('only a file exported in this session can be shown');
  expect(desktop.shownInFolder).toEqual([pdfFile]);

  // Ctrl+E, then Cancel in the dialog: nothing written.
  desktop.answerNextDialog(null);
  await page.locator('body').press('Control+e');
  await clickExport(page);
  // The notification also holds its close button (×), so its text contains the message.
  await expect(status).toContainText('Export cancelled; nothing was saved.');
  expect((await readdir(folders.documents)).sort()).toEqual(['readout.docx', 'readout.pdf']);
});
