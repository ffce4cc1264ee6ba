/**
 * GC memo furniture in the editor (issue 13 item 5): the Memo details panel fills the addressee,
 * FROM and the sign-off; a decision note exports with its Recommendation and approval block; the
 * officer's details come back in the next note after a reload (localStorage), the addressee does not.
 * In both interface languages: the English run fills the sample's English note (MEMORANDUM TO …,
 * FOR DECISION), the French run a French statement's note (NOTE À …, POUR DÉCISION).
 */
import { clickExport, docxText, expect, openApp, pdfText, preview, test } from './fixtures';
import { ui, uiLanguage } from './ui-text';

/** What the officer types and what the note prints, in the note's language. */
const NOTES = {
  en: {
    statement: null,
    recommendationId: 'recommendation',
    to: 'the Minister of Foreign Affairs',
    from: 'Assistant Deputy Minister, Asia Pacific',
    title: 'Senior Policy Analyst',
    approverTitle: 'Director General',
    printed: {
      addressee: 'MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS',
      purpose: 'FOR DECISION',
      recommendation: 'Recommendation',
      approved: '□ Approved',
      notApproved: '□ Not approved',
    },
  },
  fr: {
    statement: 'tests/fixtures/statements/canada-mexique-securite-alimentaire-2025.docx',
    recommendationId: 'recommandation',
    to: 'la ministre des Affaires étrangères',
    from: 'Sous-ministre adjoint, Asie-Pacifique',
    title: 'Analyste principale',
    approverTitle: 'Directeur général',
    printed: {
      addressee: 'NOTE À LA MINISTRE DES AFFAIRES ÉTRANGÈRES',
      purpose: 'POUR DÉCISION',
      recommendation: 'Recommandation',
      approved: '□ Approuvé',
      notApproved: '□ Non approuvé',
    },
  },
} as const;

test('fills the memo details, exports a decision note, and remembers the officer after a reload', async ({ page }) => {
  const note = NOTES[uiLanguage()];
  await openApp(page);
  await page.evaluate(() => localStorage.removeItem('briefwright.officer'));
  await page.reload();
  await expect(page.getByRole('heading', { name: ui('compose.heading') })).toBeVisible();
  if (note.statement) {
    await page.getByTestId('file-input').setInputFiles(note.statement);
    await expect(page.locator('.top-bar__source')).toContainText('canada-mexique', { timeout: 30_000 });
  }

  // A note for information leaves the Recommendation out, and says so in Compose.
  const recommendation = page.locator(`.compose-section[data-section-id="${note.recommendationId}"]`);
  await expect(recommendation).toContainText(ui('furniture:decisionOnly'));
  await expect(preview(page)).not.toContainText(note.printed.recommendation);
  await page.getByLabel(ui('metadata.purpose')).selectOption('decision');
  await expect(recommendation).not.toContainText(ui('furniture:decisionOnly'));
  await page.getByLabel(ui('metadata.preparedBy'), { exact: true }).fill('Jane Doe');
  await page.getByText(ui('furniture:memoDetails'), { exact: true }).click();
  const panel = page.getByRole('group', { name: ui('furniture:memoDetails') });
  await expect(panel).toBeVisible();
  await panel.getByLabel(ui('furniture:to')).fill(note.to);
  await panel.getByLabel(ui('furniture:from'), { exact: true }).fill(note.from);
  await panel.getByLabel(ui('furniture:preparedByTitle')).fill(note.title);
  await panel.getByLabel(ui('furniture:preparedByPhone')).fill('613-555-0100');
  await panel.getByLabel(ui('furniture:approvedBy'), { exact: true }).fill('John Smith');
  await panel.getByLabel(ui('furniture:approvedByTitle')).fill(note.approverTitle);
  await expect(panel).toContainText(ui('furniture:decisionHint'));
  await page.screenshot({ path: `test-results/e2e/memo-details-panel-${uiLanguage()}.png` });

  // The preview shows the memo as it prints.
  const pages = preview(page);
  await expect(pages).toContainText(note.printed.addressee);
  await expect(pages).toContainText(note.printed.purpose);
  await expect(pages).toContainText(note.printed.notApproved);

  const [docx] = await Promise.all([page.waitForEvent('download'), clickExport(page, ui('export.button', { format: 'DOCX' }))]);
  const [pdf] = await Promise.all([page.waitForEvent('download'), clickExport(page, ui('export.button', { format: 'PDF' }))]);
  for (const text of [(await docxText(docx)).replace(/\s+/g, ' '), (await pdfText(pdf)).replace(/\u00a0/g, ' ')]) {
    const { addressee, purpose, recommendation: heading, approved, notApproved } = note.printed;
    for (const expected of [addressee, purpose, note.from, heading, approved, notApproved, `Jane Doe, ${note.title}, 613-555-0100`, `John Smith, ${note.approverTitle}`]) {
      expect(text).toContain(expected);
    }
  }

  // A new start: the sample note again (English), with the officer's details and none of the last note's addressee.
  await page.reload();
  await expect(page.getByRole('heading', { name: ui('compose.heading') })).toBeVisible();
  const offer = page.getByRole('alertdialog');
  if (await offer.isVisible()) await offer.getByRole('button', { name: ui('restore.discard') }).click();
  await expect(page.getByLabel(ui('metadata.preparedBy'), { exact: true })).toHaveValue('Jane Doe');
  await page.getByText(ui('furniture:memoDetails'), { exact: true }).click();
  await expect(panel.getByLabel(ui('furniture:from'), { exact: true })).toHaveValue(note.from);
  await expect(panel.getByLabel(ui('furniture:preparedByTitle'))).toHaveValue(note.title);
  await expect(panel.getByLabel(ui('furniture:preparedByPhone'))).toHaveValue('613-555-0100');
  await expect(panel.getByLabel(ui('furniture:approvedBy'), { exact: true })).toHaveValue('John Smith');
  await expect(panel.getByLabel(ui('furniture:approvedByTitle'))).toHaveValue(note.approverTitle);
  await expect(panel.getByLabel(ui('furniture:to'))).toHaveValue('');
  await expect(preview(page)).toContainText(`Prepared by: Jane Doe, ${note.title}, 613-555-0100`);

  // A pasted statement is a new note too: it starts with the same details.
  await page.getByRole('button', { name: ui('topBar.paste') }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Joint statement\n\nCanada and Japan condemned the missile launches by North Korea.');
  await page.getByRole('dialog').getByRole('button', { name: ui('paste.submit') }).click();
  await expect(page.locator('.top-bar__source')).toContainText(ui('files.pastedName'));
  await expect(preview(page)).toContainText(`Approved by: John Smith, ${note.approverTitle}`);
});
