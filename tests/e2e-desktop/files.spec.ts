/**
 * Opening statements in the desktop app: a .txt, a .docx and a .pdf read in the renderer build
 * (picked with the window's file chooser, from the Open button, the File menu and Ctrl+O), and files
 * it must refuse — each refusal says why and leaves the current work as it was.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

const TXT = 'tests/fixtures/genre-samples/aus-joint.txt';
const DOCX = 'tests/fixtures/statements/canada-chile-oceans-2025.docx';
const PDF = 'tests/fixtures/statements/korea-germany-fmm-2025.pdf';

/** Does what opens the chooser, then picks the file in it (Electron shows its native dialog here). */
async function pick(page: Page, open: () => Promise<unknown>, file: string | Parameters<import('@playwright/test').FileChooser['setFiles']>[0]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(file);
}

test('opens a .txt, a .docx and a .pdf statement from the Open button, the File menu and Ctrl+O', async ({ desktop }) => {
  const { page } = desktop;
  const source = page.locator('.pane--source');
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue(/Canada-ROK/);

  await pick(page, () => page.getByRole('button', { name: 'Open…' }).click(), TXT);
  // The first open waits for the statement worker to load its importers (seconds on a loaded machine).
  await expect(page.locator('.top-bar__source')).toContainText('aus-joint.txt', { timeout: 30_000 });
  await expect(title).toHaveValue('Joint Statement on Australia-Japan Foreign and Defence Ministerial Consultations');
  await expect(source).toContainText('Queenstown');
  await expect(source.locator('button.mark--participants').first()).toBeVisible();
  await expect(page.locator('.preview__pages')).toContainText('Penny Wong');

  await pick(page, () => desktop.chooseMenuItem('File', 'Open…'), DOCX);
  await expect(page.locator('.top-bar__source')).toContainText('canada-chile-oceans-2025.docx');
  await expect(source).toContainText('Chile');
  await expect(title).not.toHaveValue(/Australia-Japan/);

  await pick(page, () => page.locator('body').press('Control+o'), PDF);
  await expect(page.locator('.top-bar__source')).toContainText('korea-germany-fmm-2025.pdf', { timeout: 30_000 }); // the PDF engine loads on the first PDF
  await expect(source).toContainText('Germany');
  await expect(source.locator('button.mark').first()).toBeVisible();
  await expect(page.locator('.preview__pages')).toContainText(/Germany|German/);
  // Opening read the files in the page: main was not asked for any of them.
  expect(desktop.dialogCalls).toEqual([]);
});

test('refuses a binary file and one over the size limit, keeping the work', async ({ desktop }, testInfo) => {
  const { page } = desktop;
  await page.getByLabel('Title', { exact: true }).fill('Work in progress');
  const open = () => page.getByRole('button', { name: 'Open…' }).click();

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  await pick(page, open, { name: 'photo.txt', mimeType: 'text/plain', buffer: png });
  const alert = page.getByTestId('notice-notification');
  await expect(alert).toContainText('photo.txt could not be opened', { timeout: 30_000 });
  await expect(alert).toContainText('Your current work is unchanged');
  await page.screenshot(shot('2-refused-file'));

  const huge = testInfo.outputPath('huge.txt');
  await writeFile(huge, Buffer.alloc(6 * 1024 * 1024, 0x61));
  await pick(page, open, huge);
  await expect(alert).toContainText('huge.txt is too large to open (6.0 MB; the limit is 5.0 MB)');

  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Work in progress');
  await expect(page.locator('.top-bar__source')).toContainText('canada-rok-fdmm-2024.txt');
});
