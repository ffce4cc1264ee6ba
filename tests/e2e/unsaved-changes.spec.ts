/**
 * Never lose work (issue 15 item 2): with unsaved changes, Open…, Recent… and Paste… ask Save / Don't
 * save / Cancel before the draft is replaced; Cancel (or Escape) keeps the work and its Undo, Don't
 * save replaces, Save downloads the draft then replaces; nothing is asked when nothing changed since
 * the last save; leaving the page while dirty warns. Runs in the project's language (en-CA, fr-CA).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeOf, expect, openApp, test } from './fixtures';
import { ui, uiLanguage } from './ui-text';

const SHOTS = 'test-results/unsaved-changes';
const PDF = 'tests/fixtures/statements/korea-germany-fmm-2025.pdf';
const PASTED_TITLE = 'Joint Statement on the Canada-Japan Ministerial Dialogue';
const PASTED = `${PASTED_TITLE}\n\nTokyo – Canada and Japan condemned the missile launches by North Korea.`;
const EDITED = 'Unsaved officer title';

const titleField = (page: Page) => page.getByLabel(ui('metadata.title'), { exact: true });
const question = (page: Page, title = EDITED) => page.getByRole('dialog', { name: ui('session:unsaved.title', { title }) });
const answer = (page: Page, key: 'save' | 'discard' | 'cancel') => question(page).getByRole('button', { name: ui(`session:unsaved.${key}`), exact: true });

async function paste(page: Page): Promise<void> {
  await page.getByRole('button', { name: ui('topBar.paste') }).click();
  const dialog = page.getByRole('dialog', { name: ui('paste.heading') });
  await dialog.getByRole('textbox').fill(PASTED);
  await dialog.getByRole('button', { name: ui('paste.submit') }).click();
}

const openPdf = (page: Page) => page.getByTestId('file-input').setInputFiles(PDF);
const chooseRecent = (page: Page) => page.getByRole('combobox', { name: ui('recent.label') }).selectOption('korea-germany-fmm-2025.pdf');

/** Opens the PDF once (so Recent… lists it), then edits the title. Returns the title before the edit. */
async function editAfterOpening(page: Page): Promise<string> {
  await openApp(page);
  await openPdf(page);
  // The PDF is read in a worker: a loaded machine takes a while.
  await expect(page.locator('.top-bar__source')).toContainText('korea-germany-fmm-2025.pdf', { timeout: 30_000 });
  const before = await titleField(page).inputValue();
  await titleField(page).fill(EDITED);
  return before;
}

test('Open, Recent and Paste each ask first; Cancel and Escape keep the edit, and Undo still works', async ({ page }) => {
  const before = await editAfterOpening(page);

  await openPdf(page);
  await expect(question(page)).toBeVisible();
  await expect(question(page)).toContainText(ui('session:unsaved.text'));
  await page.screenshot({ path: `${SHOTS}/${uiLanguage()}-question.png` });
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await answer(page, 'cancel').click();
  await expect(question(page)).toBeHidden();
  await expect(titleField(page)).toHaveValue(EDITED);

  await chooseRecent(page);
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question(page)).toBeHidden();
  await expect(titleField(page)).toHaveValue(EDITED);

  await paste(page);
  await expect(question(page)).toBeVisible();
  await answer(page, 'cancel').click();
  await expect(titleField(page)).toHaveValue(EDITED);
  await expect(page.locator('.top-bar__source')).toContainText('korea-germany-fmm-2025.pdf');

  await page.getByRole('button', { name: ui('topBar.undo'), exact: true }).click();
  await expect(titleField(page)).toHaveValue(before);
});

test('a dropped file asks too, and Cancel keeps the edit', async ({ page }) => {
  await editAfterOpening(page);
  const pdf = (await readFile(PDF)).toString('base64');
  await page.locator('.app').evaluate((app, base64) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    transfer.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, pdf);
  await expect(question(page)).toBeVisible({ timeout: 30_000 });
  await answer(page, 'cancel').click();
  await expect(titleField(page)).toHaveValue(EDITED);
  await expect(page.locator('.top-bar__source')).toContainText('korea-germany-fmm-2025.pdf');
});

test("Don't save replaces the edited draft without downloading it", async ({ page }) => {
  await editAfterOpening(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  await paste(page);
  await answer(page, 'discard').click();
  await expect(titleField(page)).toHaveValue(PASTED_TITLE);
  await expect(page.locator('.top-bar__source')).toContainText(ui('files.pastedName'));
  expect(downloads).toBe(0);
});

test('Save downloads the edited draft, then opens the chosen file', async ({ page }) => {
  await editAfterOpening(page);
  await chooseRecent(page);
  const [download] = await Promise.all([page.waitForEvent('download'), answer(page, 'save').click()]);
  expect(download.suggestedFilename()).toMatch(/\.briefwright\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { briefing: { metadata: { title: string } } };
  expect(saved.briefing.metadata.title).toBe(EDITED);
  await expect(titleField(page)).not.toHaveValue(EDITED);
  await expect(page.locator('.top-bar__source')).toContainText('korea-germany-fmm-2025.pdf');
});

test('nothing is asked when nothing changed since opening or since the last save', async ({ page }) => {
  await openApp(page);
  await openPdf(page);
  // The PDF is read in a worker: a loaded machine takes a while.
  await expect(page.locator('.top-bar__source')).toContainText('korea-germany-fmm-2025.pdf', { timeout: 30_000 });
  await paste(page);
  await expect(titleField(page)).toHaveValue(PASTED_TITLE);

  await titleField(page).fill(EDITED);
  await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  await chooseRecent(page);
  await expect(page.locator('.top-bar__source')).toContainText('korea-germany-fmm-2025.pdf');
  await expect(question(page)).toHaveCount(0);
});

test('leaving the page with unsaved changes asks the browser to warn', async ({ page }) => {
  await openApp(page);
  await titleField(page).fill(EDITED);
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.accept();
});
