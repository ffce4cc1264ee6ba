/**
 * Characters no bundled font has are named in the preview before export (the browser host checks
 * them in its export worker against the bundled fonts), and the export says the same.
 */
import { expect, openApp, test, clickExport } from './fixtures';
import { ui } from './ui-text';

test('warns in the preview, before export, about characters no bundled font has', async ({ page }) => {
  await openApp(page);
  const warning = page.locator('.preview__font-warning');
  const title = page.getByLabel(ui('metadata.title'), { exact: true });
  await title.fill('Meeting with Minister สมชาย');
  const [before, after] = ui('fontWarning.text', { count: 5, characters: '|' }).split('|') as [string, string];
  // The first check starts the export worker and reads the fonts: on a busy 2-core CI machine running
  // two browsers that once took over 5 s. How fast it is belongs to the benchmarks; this is whether.
  await expect(warning).toContainText(before, { timeout: 20_000 });
  await expect(warning).toContainText(after);
  await expect(warning).toContainText('ส (U+0E2A)');
  await expect(warning).toContainText('ช (U+0E0A)');
  await title.fill('Meeting with Minister Somchai');
  await expect(warning).toBeHidden();
  await title.fill('Meeting with Minister สมชาย');
  await expect(warning).toBeVisible();
  await clickExport(page, ui('export.button', { format: 'PDF' }));
  const unsupported = ui('export.unsupported', { characters: '|' }).split('|')[0]!;
  await expect(page.getByTestId('export-notification').filter({ hasText: ui('export.downloaded').trim() })).toContainText(unsupported);
});
