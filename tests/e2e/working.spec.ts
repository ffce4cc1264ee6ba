/**
 * Reading a large statement runs off the page's thread (issue 17 item 6): while a huge-but-valid
 * statement (4.5 MB, many seconds of extraction) is read, the page still handles clicks, says it is
 * working, and Cancel stops the reading and leaves the work as it was; opening another file instead
 * replaces the long one without a word about it.
 */
import { readFile } from 'node:fs/promises';
import { expect, openApp, test } from './fixtures';
import { ui } from './ui-text';

/** The sample's body repeated to 4.5 MB: valid, under the 5 MB limit, and slow to extract. */
async function hugeStatement(): Promise<Buffer> {
  const body = (await readFile('resources/samples/canada-rok-fdmm-2024.txt', 'utf8')).split('\n').slice(2).join('\n');
  let text = 'A very long joint statement\n\n';
  while (text.length < 4_500_000) text += `${body}\n\n`;
  return Buffer.from(text, 'utf8');
}

// Timings are not asserted: the proof of responsiveness is that a click is handled while the reading
// is still under way (the indicator still shows), however loaded the machine is.
test.describe.configure({ timeout: 180_000 });

test('the page stays responsive while a huge statement is read, and Cancel stops it', async ({ page }) => {
  await openApp(page);
  const title = page.getByLabel(ui('metadata.title'), { exact: true });
  await expect(title).toHaveValue(/Canada-ROK/);
  await page.getByTestId('file-input').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: await hugeStatement() });

  const working = page.getByRole('status').filter({ hasText: ui('session:work.opening', { file: 'huge.txt' }) });
  await expect(working).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screenshots/working-indicator.png' });

  // A click is handled while the worker reads: the paste dialog opens and closes.
  await page.getByRole('button', { name: ui('topBar.paste') }).click();
  const paste = page.getByRole('dialog', { name: ui('paste.heading') });
  await expect(paste).toBeVisible();
  await paste.getByRole('button', { name: ui('common.cancel') }).click();
  await expect(paste).toBeHidden();
  await expect(working).toBeVisible();

  await working.getByRole('button', { name: ui('session:work.cancel') }).click();
  await expect(working).toBeHidden();
  await expect(page.getByTestId('notice-notification')).toContainText(ui('session:work.cancelled', { file: 'huge.txt' }));
  await expect(title).toHaveValue(/Canada-ROK/);
});

test('opening another file while a huge one is read replaces it', async ({ page }) => {
  await openApp(page);
  const input = page.getByTestId('file-input');
  await input.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: await hugeStatement() });
  await expect(page.getByRole('status').filter({ hasText: ui('session:work.opening', { file: 'huge.txt' }) })).toBeVisible({ timeout: 30_000 });
  const small = 'Joint Statement on the Canada-Japan Ministerial Dialogue\n\nTokyo – Canada and Japan condemned the missile launches by North Korea.';
  await input.setInputFiles({ name: 'japan.txt', mimeType: 'text/plain', buffer: Buffer.from(small) });
  await expect(page.getByLabel(ui('metadata.title'), { exact: true })).toHaveValue('Joint Statement on the Canada-Japan Ministerial Dialogue');
  await expect(page.getByRole('status').filter({ hasText: ui('session:work.opening', { file: 'huge.txt' }) })).toBeHidden();
  await expect(page.getByTestId('notice-notification')).not.toContainText(ui('session:work.cancelled', { file: 'huge.txt' }));
});
