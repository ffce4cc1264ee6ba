/**
 * Drafts and the autosave on disk: Save As asks main where (the dialog's answer is a real path in the
 * test's Documents), Save writes there again without asking, the file reopens exactly after a
 * restart; unsaved work is autosaved into the data folder and offered back after the renderer is
 * killed and the app started again.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { electronStandIn } from './harness/electron-stand-in';
import { expect, shot, test } from './fixtures';

const QUOTE = 'We stand together for a free and open Indo-Pacific.';

test('saves an edited draft to disk from the File menu and Ctrl+S, and reopens it after a restart', async ({ launch, folders }) => {
  const desktop = await launch();
  const { page } = desktop;
  await page.getByRole('textbox', { name: 'Quotes item 1', exact: true }).fill(QUOTE);
  await page.getByLabel('File number', { exact: true }).fill('BN-2026-0042');
  await page.getByRole('checkbox', { name: 'Include Participants item 2', exact: true }).uncheck();
  await expect(page.locator('.top-bar__source')).toContainText('unsaved changes');

  // Save Draft As from the menu: main asks where, in Documents, under the note's name.
  const chosen = path.join(folders.documents, 'korea-note');
  desktop.answerNextDialog(chosen);
  await desktop.chooseMenuItem('File', 'Save Draft As…');
  const file = `${chosen}.briefwright.json`;
  await expect(page.getByRole('status').filter({ hasText: `Draft saved to ${file}.` })).toBeVisible();
  await expect(page.locator('.top-bar__source')).not.toContainText('unsaved changes');
  expect(desktop.dialogCalls).toHaveLength(1);
  expect(desktop.dialogCalls[0]).toMatchObject({ kind: 'save', attachedToWindow: true, options: { title: 'Save draft' } });
  expect((desktop.dialogCalls[0]!.options as { defaultPath: string }).defaultPath).toMatch(new RegExp(`^${folders.documents}/.*Canada-ROK.*\\.briefwright\\.json$`));

  const saved = JSON.parse(await readFile(file, 'utf8'));
  expect(saved).toMatchObject({ format: 'briefwright-draft', formatVersion: 1, sourceName: 'canada-rok-fdmm-2024.txt', template: { id: 'briefing-note' } });
  expect(saved.briefing.metadata.fileNumber).toBe('BN-2026-0042');
  const section = (kind: string) => saved.briefing.sections.find((candidate: { kind: string }) => candidate.kind === kind);
  expect(section('quotes').items[0].text).toBe(QUOTE);
  expect(section('participants').items[1].included).toBe(false);

  // Ctrl+S writes the same file again, without a dialog.
  await page.getByLabel('File number', { exact: true }).fill('BN-2026-0043');
  await page.locator('body').press('Control+s');
  await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).briefing.metadata.fileNumber).toBe('BN-2026-0043');
  expect(desktop.dialogCalls).toHaveLength(1);

  // A restart opens on the sample; the draft file brings the work back exactly.
  await desktop.close();
  const again = await launch();
  await expect(again.page.getByLabel('File number', { exact: true })).toHaveValue('');
  const [chooser] = await Promise.all([again.page.waitForEvent('filechooser'), again.page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles(file);
  await expect(again.page.getByRole('status').filter({ hasText: 'Opened the draft korea-note.briefwright.json.' })).toBeVisible();
  await expect(again.page.getByLabel('File number', { exact: true })).toHaveValue('BN-2026-0043');
  await expect(again.page.getByRole('textbox', { name: 'Quotes item 1', exact: true })).toHaveValue(QUOTE);
  await expect(again.page.getByRole('checkbox', { name: 'Include Participants item 2', exact: true })).not.toBeChecked();
  await expect(again.page.locator('.preview__pages')).toContainText(QUOTE);
});

test('autosaves into the data folder and offers the work back after the renderer is killed', async ({ launch }) => {
  const desktop = await launch();
  const autosave = path.join(desktop.dataDir, 'autosave.briefwright.json');
  await desktop.page.getByLabel('File number', { exact: true }).fill('BN-2026-0099');
  await desktop.page.getByRole('textbox', { name: 'Quotes item 1', exact: true }).fill(QUOTE);
  // Written within an autosave interval (3 s), into ~/.config/briefwright.
  await expect.poll(async () => JSON.parse(await readFile(autosave, 'utf8').catch(() => 'null'))?.briefing?.metadata.fileNumber, { timeout: 10_000 }).toBe('BN-2026-0099');

  await desktop.kill();
  expect(desktop.window.isDestroyed()).toBe(true);
  // Its last window gone, main quits (window-all-closed), as the app does off macOS.
  expect(electronStandIn.quitRequested).toBe(true);

  const restarted = await launch();
  const { page } = restarted;
  const offer = page.getByRole('alertdialog');
  await expect(offer).toContainText('Unsaved work from');
  await page.screenshot(shot('3-restore-offer'));
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('File number', { exact: true })).toHaveValue('BN-2026-0099');
  await expect(page.getByRole('textbox', { name: 'Quotes item 1', exact: true })).toHaveValue(QUOTE);
  await expect(page.locator('.top-bar__source')).toContainText('unsaved changes');
  // Restored work stays in the autosave until it is saved; saving clears it.
  await access(autosave);
  restarted.answerNextDialog(path.join(restarted.folders.documents, 'restored.briefwright.json'));
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved to' })).toBeVisible();
  await expect.poll(() => access(autosave).then(() => 'present', () => 'gone')).toBe('gone');
  expect(JSON.parse(await readFile(path.join(restarted.folders.documents, 'restored.briefwright.json'), 'utf8')).briefing.metadata.fileNumber).toBe('BN-2026-0099');
});
