/**
 * The French interface, walked view by view and dialog by dialog in a fr-CA browser with a French
 * statement: every visible text node and every aria-label, title, placeholder and alt is collected,
 * and none may be an English message of the catalogues (one whose French is different). Text whose
 * nearest lang attribute is not French (the note's pages, the statement, the EN button) is the
 * note's or the statement's own and is left out. axe finds no violation in French.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeOf, expect, openApp, test } from './fixtures';
import { ui } from './ui-text';

test.use({ locale: 'fr-CA' });

const FRENCH_STATEMENT = 'tests/fixtures/statements/canada-mexique-securite-alimentaire-2025.docx';
/** Namespaces the renderer shows (the CLI's and the desktop menus' are not in the page). */
const PAGE_NAMESPACES = ['ui', 'session', 'source', 'furniture', 'messages'];
/** Words that are the same in both languages or names: never a leftover. */
const ALLOWED = new Set(['DOCX', 'PDF', 'Briefwright', 'A4', 'Word', 'EN', 'FR', 'OK']);

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
const catalogue = (language: string, namespace: string): Map<string, string> => {
  const file = path.join('src/core/i18n/locales', language, `${namespace}.json`);
  return new Map(readdirSync(path.dirname(file)).includes(`${namespace}.json`) ? leaves(JSON.parse(readFileSync(file, 'utf8')) as Tree) : []);
};

/** The English messages whose French differs, as matchers of a whole text: {{variables}} match anything. */
const englishOnly: Array<{ readonly key: string; readonly english: string; readonly pattern: RegExp }> = PAGE_NAMESPACES.flatMap((namespace) => {
  const english = catalogue('en', namespace);
  const french = catalogue('fr', namespace);
  return [...english].flatMap(([key, value]) => {
    const frenchValue = french.get(key) ?? french.get(key.replace(/_(one|other)$/, '_other'));
    const literal = value.replace(/\{\{[^}]+\}\}/g, '').trim();
    if (frenchValue === value || literal.length < 2 || ALLOWED.has(literal)) return [];
    const source = value
      .trim()
      .split(/(\{\{[^}]+\}\})/)
      .map((part) => (part.startsWith('{{') ? '.+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')))
      .join('');
    return [{ key: `${namespace}:${key}`, english: value, pattern: new RegExp(`^${source}$`) }];
  });
});

/** Every visible text and every label-like attribute of the page that belongs to the interface (French by its lang). */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const french = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? 'fr').startsWith('fr');
    const shown = (element: Element) => element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) || element.classList.contains('visually-hidden');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || !french(parent) || !shown(parent)) continue;
      if (parent.closest('script, style, option:not(:checked)')) continue;
      texts.push(text);
    }
    // Options of open or closed selects are all read out; optgroup labels too.
    for (const option of document.querySelectorAll('option, optgroup')) {
      if (!french(option)) continue;
      const label = option instanceof HTMLOptGroupElement ? option.label : option.textContent?.trim();
      if (label) texts.push(label);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!french(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Fails on any interface text that is an English message, naming its key. */
async function expectFrench(page: Page, view: string): Promise<void> {
  const texts = await interfaceTexts(page);
  expect(texts.length, `${view}: some interface text`).toBeGreaterThan(5);
  const english = texts.flatMap((text) => englishOnly.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: “${text}”`));
  expect(english, `${view}: English left in the French interface`).toEqual([]);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect((await axeOf(page).analyze()).violations).toEqual([]);
}

test('the whole interface speaks French in a French browser, with a French statement', async ({ page }) => {
  test.setTimeout(480_000); // axe over the template editor takes a minute on a loaded machine
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectFrench(page, 'the sample statement');

  // A French statement: Source, Compose and Preview with a French note, and the Recent list.
  await page.getByTestId('file-input').setInputFiles(FRENCH_STATEMENT);
  await expect(page.locator('.top-bar__source')).toContainText('canada-mexique', { timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: ui('recent.label') })).toBeVisible();
  await page.locator('.pane--source button.mark').first().click();
  const firstItem = page.locator('.pane--compose textarea').first();
  await firstItem.fill(`${await firstItem.inputValue()} Modifié.`);
  await expect(page.getByRole('button', { name: ui('compose.restore') })).toBeVisible();
  await expectFrench(page, 'Source, Compose and Preview');
  // The page's name is what its footer shows, in the note's language: « Page 1 de 2 ».
  const firstPage = page.locator('.preview__page').first();
  await expect(firstPage).toHaveAttribute('aria-label', /^Page 1 de \d+$/);
  await expect(firstPage).toContainText((await firstPage.getAttribute('aria-label'))!);
  await expectNoAxeViolations(page);

  // Security markings and purposes as the Government of Canada writes them.
  await expect(page.getByLabel(ui('metadata.classification'), { exact: true }).locator('option')).toContainText(['Non classifié', 'Protégé A', 'Protégé B']);
  await expect(page.getByLabel(ui('metadata.purpose'), { exact: true }).locator('option')).toHaveText(['Pour information', 'Pour décision']);

  // Paste.
  await page.getByRole('button', { name: ui('topBar.paste') }).click();
  await expect(page.getByRole('dialog', { name: ui('paste.heading') })).toBeVisible();
  await expectFrench(page, 'the paste dialog');
  await expectNoAxeViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: ui('common.cancel') }).click();

  // An error notice: a file that is not a statement.
  await page.getByTestId('file-input').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) });
  await expect(page.getByTestId('notice-notification')).toContainText(ui('files.unchanged'));
  await expectFrench(page, 'an error notice');

  // Characters no bundled font has.
  const title = page.getByLabel(ui('metadata.title'), { exact: true });
  const titleText = await title.inputValue();
  await title.fill('Rencontre avec le ministre สมชาย');
  // The first font check may wait for the export worker's start (font-warning.spec.ts): whether, not how fast.
  await expect(page.locator('.preview__font-warning')).toBeVisible({ timeout: 20_000 });
  await expectFrench(page, 'the font warning');
  await title.fill(titleText);

  // The placeholder question before an export, and the export's message.
  await page.getByRole('button', { name: ui('topBar.paste') }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Déclaration commune\n\nLe Canada et le Japon ont condamné les tirs de missiles.');
  await page.getByRole('dialog').getByRole('button', { name: ui('paste.submit') }).click();
  // The title was edited: the unsaved-changes question comes first.
  await expect(page.getByTestId('unsaved-changes-dialog')).toBeVisible();
  await expectFrench(page, 'the unsaved-changes question');
  await page.getByTestId('unsaved-changes-dialog').getByRole('button', { name: ui('session:unsaved.discard'), exact: true }).click();
  await page.getByLabel(ui('metadata.template'), { exact: true }).selectOption('note-information');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ui('export.button', { format: 'PDF' }), exact: true }).click();
  const question = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: ui('placeholders.exportAnyway') }) });
  await expect(question).toBeVisible();
  await expectFrench(page, 'the placeholder question');
  await expectNoAxeViolations(page);
  await question.getByRole('button', { name: ui('placeholders.exportAnyway') }).click();
  await download;
  await expect(page.getByTestId('export-notification').filter({ hasText: ui('export.downloaded').trim() })).toBeVisible();
  await expectFrench(page, 'after an export');

  // The template library, a Word template's import dialog and its row, the name dialog.
  await page.getByRole('button', { name: ui('metadata.templates') }).click();
  const library = page.getByRole('dialog', { name: ui('library.heading') });
  await expect(library).toBeVisible();
  await expectFrench(page, 'the template library');
  await page.getByTestId('template-import-input').setInputFiles('tests/fixtures/word-templates/letterhead.docx');
  const wordImport = page.getByRole('dialog', { name: ui('wordImport.title') });
  await expect(wordImport.getByRole('list', { name: ui('wordImport.list') })).toBeVisible();
  await expectFrench(page, 'the Word template import dialog');
  await expectNoAxeViolations(page);
  await wordImport.getByRole('button', { name: ui('wordImport.import'), exact: true }).click();
  const wordRow = library.locator('.library-row--word');
  await wordRow.getByText(ui('library.placeholders'), { exact: true }).click();
  await expectFrench(page, 'a Word template in the library');
  await wordRow.getByRole('button', { name: ui('library.rename') }).click();
  const rename = page.getByRole('dialog', { name: ui('library.renameTitle') });
  await expect(rename).toBeVisible();
  await expectFrench(page, 'the name dialog');
  await expectNoAxeViolations(page);
  await rename.getByRole('button', { name: ui('common.cancel') }).click();

  // The template editor beside the preview, with a field in error.
  await library.getByRole('button', { name: ui('library.duplicateToEdit') }).first().click();
  await expect(page.getByRole('heading', { name: ui('editor.title') })).toBeVisible();
  await expectFrench(page, 'the template editor');
  await page.locator('[data-section-id="summary"]').getByLabel(ui('editor.draft')).fill('{% if %}');
  await expect(page.getByRole('status').filter({ hasText: ui('editor.invalid', { count: 1 }) })).toBeVisible();
  await expectFrench(page, 'the template editor with an error');
  await expectNoAxeViolations(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: ui('editor.done') }).click();

  // Save as template's name dialog.
  await page.getByRole('button', { name: ui('compose.saveAsTemplate') }).click();
  await expect(page.getByRole('dialog', { name: ui('app.saveAsTemplate.title') })).toBeVisible();
  await expectFrench(page, 'the save-as-template dialog');
  await page.getByRole('dialog', { name: ui('app.saveAsTemplate.title') }).getByRole('button', { name: ui('common.cancel') }).click();

  // The restore offer after the page went away with unsaved work.
  await page.waitForTimeout(3_500); // one autosave interval
  await page.reload();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectFrench(page, 'the restore offer');
  await expectNoAxeViolations(page);
});

test('the EN/FR switch changes the interface, not the note, and is remembered', async ({ page }) => {
  await openApp(page);
  const switcher = page.getByRole('group', { name: 'Langue / Language' });
  await expect(switcher.getByRole('button', { name: 'FR (Français)' })).toHaveAttribute('aria-pressed', 'true');
  const firstPage = page.locator('.preview__page').first();
  const pageText = await firstPage.textContent();

  await switcher.getByRole('button', { name: 'EN (English)' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Language / Langue' }).getByRole('button', { name: 'EN (English)' })).toHaveAttribute('aria-pressed', 'true');
  expect(await firstPage.textContent()).toBe(pageText);

  // Remembered over the system's French.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('briefwright.uiLanguage'))).toBe('en');
  await page.getByRole('group', { name: 'Language / Langue' }).getByRole('button', { name: 'FR (Français)' }).click();
  await expect(page.getByRole('heading', { name: 'Rédaction' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
