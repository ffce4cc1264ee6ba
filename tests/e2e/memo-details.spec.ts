/**
 * GC memo furniture in the editor (issue 13 item 5): the Memo details panel fills the addressee,
 * FROM and the sign-off; a decision note exports with its Recommendation and approval block; the
 * officer's details come back in the next note after a reload (localStorage), the addressee does not.
 */
import { clickExport, docxText, expect, openApp, pdfText, preview, test } from './fixtures';

test('fills the memo details, exports a decision note, and remembers the officer after a reload', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => localStorage.removeItem('briefwright.officer'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();

  // A note for information leaves the Recommendation out, and says so in Compose.
  const recommendation = page.locator('.compose-section[data-section-id="recommendation"]');
  await expect(recommendation).toContainText('Printed on a decision note only');
  await expect(preview(page)).not.toContainText('Recommendation');
  await page.getByLabel('Purpose').selectOption('decision');
  await expect(recommendation).not.toContainText('Printed on a decision note only');
  await page.getByLabel('Prepared by', { exact: true }).fill('Jane Doe');
  await page.getByText('Memo details').click();
  const panel = page.getByRole('group', { name: 'Memo details' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Memorandum to').fill('the Minister of Foreign Affairs');
  await panel.getByLabel('From').fill('Assistant Deputy Minister, Asia Pacific');
  await panel.getByLabel('Your title').fill('Senior Policy Analyst');
  await panel.getByLabel('Your telephone').fill('613-555-0100');
  await panel.getByLabel('Approved by').fill('John Smith');
  await panel.getByLabel('Approver’s title').fill('Director General');
  await expect(panel).toContainText('the note ends with the Recommendation and the approval block');
  await page.screenshot({ path: 'test-results/e2e/memo-details-panel.png' });

  // The preview shows the memo as it prints.
  const pages = preview(page);
  await expect(pages).toContainText('MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS');
  await expect(pages).toContainText('FOR DECISION');
  await expect(pages).toContainText('□ Not approved');

  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, 'Export DOCX')]);
  const [pdf] = await Promise.all([page.waitForEvent('download'), clickExport(page, 'Export PDF')]);
  for (const text of [(await docxText(docx)).replace(/\s+/g, ' '), (await pdfText(pdf)).replace(/\u00a0/g, ' ')]) {
    for (const expected of ['MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS', 'FOR DECISION', 'Assistant Deputy Minister, Asia Pacific', 'Recommendation', '□ Approved', '□ Not approved', 'Jane Doe, Senior Policy Analyst, 613-555-0100', 'John Smith, Director General']) {
      expect(text).toContain(expected);
    }
  }

  // A new start: the sample note again, with the officer's details and none of the last note's addressee.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  const offer = page.getByRole('alertdialog');
  if (await offer.isVisible()) await offer.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByLabel('Prepared by', { exact: true })).toHaveValue('Jane Doe');
  await page.getByText('Memo details').click();
  await expect(panel.getByLabel('From')).toHaveValue('Assistant Deputy Minister, Asia Pacific');
  await expect(panel.getByLabel('Your title')).toHaveValue('Senior Policy Analyst');
  await expect(panel.getByLabel('Your telephone')).toHaveValue('613-555-0100');
  await expect(panel.getByLabel('Approved by')).toHaveValue('John Smith');
  await expect(panel.getByLabel('Approver’s title')).toHaveValue('Director General');
  await expect(panel.getByLabel('Memorandum to')).toHaveValue('');
  await expect(preview(page)).toContainText('Prepared by: Jane Doe, Senior Policy Analyst, 613-555-0100');

  // A pasted statement is a new note too: it starts with the same details.
  await page.getByRole('button', { name: 'Paste…' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Joint statement\n\nCanada and Japan condemned the missile launches by North Korea.');
  await page.getByRole('dialog').getByRole('button', { name: 'Open pasted text' }).click();
  await expect(page.locator('.top-bar__source')).toContainText('Pasted statement');
  await expect(preview(page)).toContainText('Approved by: John Smith, Director General');
});
