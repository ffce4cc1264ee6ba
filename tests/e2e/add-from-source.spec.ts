/**
 * Adding what extraction missed, from the Source pane (issue 15 items 4 and 6), in the language of
 * the Playwright project (en-CA, fr-CA; the note stays English, as the sample is): select words with the mouse or take a whole sentence from the
 * keyboard, choose a section in the Add to… menu, and the item appears in Compose and the preview,
 * linked back to its words; Remove any item, Undo brings it back and puts the focus on it; the
 * exported DOCX holds the added words. axe runs with the menu open. Screenshots go to
 * test-results/add-from-source/ (look at them).
 */
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { axeOf, clickExport, downloadBytes, expect, test } from './fixtures';
import { ui, uiLanguage } from './ui-text';

const SHOTS = 'test-results/add-from-source';
/** Words of the sample that no extractor picked, inside one sentence the officer would quote. */
const SELECTED = 'Canada and the Republic of Korea have enjoyed a close friendship and longstanding peace and security cooperation';
/** A whole sample sentence no item covers, taken from the keyboard. */
const SENTENCE = 'This is a significant escalation with dangerous implications for security and stability in Europe and the Indo-Pacific region.';

const compose = (page: Page) => page.locator('.pane--compose');
const source = (page: Page) => page.locator('.pane--source');
const preview = (page: Page) => page.locator('.preview__pages');
const sectionOf = (page: Page, heading: string) =>
  compose(page).locator('.compose-section').filter({ has: page.locator('.compose-section__header h3', { hasText: new RegExp(`^${heading}$`) }) });
const itemWithText = (page: Page, text: string) => compose(page).locator('.compose-item').filter({ has: page.locator(`textarea:text-is("${text}")`) });
const sectionTick = (page: Page, heading: string) => sectionOf(page, heading).locator('.compose-section__header input[type="checkbox"]');

async function openClean(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('briefwright');
    request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
  }));
  await page.reload();
  await expect(source(page).locator('.source-sentence').first()).toBeVisible({ timeout: 60_000 });
}

/** Drags the mouse over `words` in the Source pane, as an officer selects them. */
async function selectWords(page: Page, words: string): Promise<void> {
  const points = await source(page).locator('.source-text').evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const box = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(node!, from);
        range.setEnd(node!, to);
        return range.getClientRects()[0]!;
      };
      const first = box(at, at + 1);
      const last = box(at + wanted.length - 1, at + wanted.length);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not in one text node of the source`);
  }, words);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
}

/** Tabs from the top of the page to the Source pane's sentences: they are one stop in the tab order. */
async function tabToSentences(page: Page): Promise<void> {
  await page.locator('body').focus();
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('source-sentence'))) return;
  }
  throw new Error('no sentence of the source is reachable with Tab');
}

/** axe on the parts this feature draws (the whole window is accessibility.spec's; it is slow on a loaded machine). */
async function expectNoAxeViolations(page: Page, ...parts: string[]): Promise<void> {
  const builder = axeOf(page);
  for (const part of parts) builder.include(part);
  expect((await builder.analyze()).violations).toEqual([]);
}

test.describe('add from the source', () => {
  test.describe.configure({ timeout: 180_000 });
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${uiLanguage()}-${name}.png` });
  const menuOf = (page: Page) => page.getByRole('menu', { name: ui('source:menuTitle') });

  test('select words, add them to Quotes: in Compose, the preview and the DOCX, linked back to their words', async ({ page }) => {
    await openClean(page);
    const quotesBefore = await sectionOf(page, 'Quotes').locator('.compose-item').count();

    await selectWords(page, SELECTED);
    const menu = menuOf(page);
    await expect(menu).toBeVisible();
    // The menu offers every section of the note and takes the focus.
    const headings = await compose(page).locator('.compose-section__header h3').allTextContents();
    await expect(menu.getByRole('menuitem')).toHaveText(headings);
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await shot(page, 'menu-on-selection');
    await expectNoAxeViolations(page, '.add-menu', '.pane--source');

    await menu.getByRole('menuitem', { name: 'Quotes', exact: true }).click();
    await expect(menu).toBeHidden();
    await expect(sectionOf(page, 'Quotes').locator('.compose-item')).toHaveCount(quotesBefore + 1);
    const added = itemWithText(page, SELECTED);
    await expect(added).toHaveCount(1);
    await expect(sectionOf(page, 'Quotes').locator('.compose-item').last()).toHaveAttribute('data-item-id', (await added.getAttribute('data-item-id'))!);
    await expect(preview(page)).toContainText(SELECTED);
    await expect(source(page).getByRole('status')).toHaveText(ui('source:added', { section: 'Quotes' }));
    // The words are now the added quote's highlight, focused, so the officer carries on from there.
    const mark = source(page).locator(`.mark[data-item-id="${await added.getAttribute('data-item-id')}"]`);
    await expect(mark).toHaveText(SELECTED);
    await expect(mark).toHaveClass(/mark--quotes/);
    await expect(mark).toBeFocused();
    await shot(page, 'added-to-quotes');

    // Its provenance link: choosing it in Compose selects its words in Source, like an extracted item.
    await compose(page).locator('.compose-item textarea').first().click();
    await expect(mark).toHaveAttribute('aria-pressed', 'false');
    await added.locator('textarea').click();
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
    await expect(mark).toBeInViewport();

    // Exported, the DOCX holds the words.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+e').then(() => clickExport(page))]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await downloadBytes(docx));
    const body = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''));
    // A paragraph of its own under the Quotes heading (the layout may set it in quotation marks).
    const quote = paragraphs.findIndex((paragraph) => paragraph.includes(SELECTED));
    expect(quote, 'the added quote in word/document.xml').toBeGreaterThan(paragraphs.indexOf('Quotes'));
    expect(paragraphs.indexOf('Quotes')).toBeGreaterThan(-1);
    expect(paragraphs[quote]!.replace(SELECTED, '').replace(/[\s“”"«»]/g, '')).toBe('');
  });

  test('keyboard only: Tab to the sentences, move, Enter or Shift+F10 opens the menu, Escape closes it, Enter adds', async ({ page }) => {
    await openClean(page);
    await tabToSentences(page);
    const sentence = source(page).locator('.source-sentence', { hasText: SENTENCE });
    for (let presses = 0; presses < 10 && !(await sentence.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('ArrowRight');
    await expect(sentence).toBeFocused();
    // Only one sentence is in the tab order at a time.
    await expect(source(page).locator('.source-sentence[tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('Enter');
    const menu = menuOf(page);
    await expect(menu).toBeVisible();
    await expect(sentence).toHaveAttribute('aria-expanded', 'true');
    const items = menu.getByRole('menuitem');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(sentence).toBeFocused();

    await page.keyboard.press('Shift+F10');
    await expect(menu).toBeVisible();
    await shot(page, 'menu-from-keyboard');
    await expectNoAxeViolations(page, '.add-menu', '.pane--source');
    const outcomes = menu.getByRole('menuitem', { name: 'Outcomes', exact: true });
    for (let presses = 0; presses < 10 && !(await outcomes.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('ArrowDown');
    await expect(outcomes).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();

    const added = itemWithText(page, SENTENCE);
    await expect(added).toHaveCount(1);
    await expect(sectionOf(page, 'Outcomes').locator('.compose-item').last()).toHaveAttribute('data-item-id', (await added.getAttribute('data-item-id'))!);
    await expect(preview(page)).toContainText(SENTENCE);
    await expect(source(page).getByRole('status')).toHaveText(ui('source:added', { section: 'Outcomes' }));
    // The focus is on the sentence's new highlight; the next sentence is still one Tab stop away.
    const mark = source(page).locator(`.mark[data-item-id="${await added.getAttribute('data-item-id')}"]`);
    await expect(mark).toBeFocused();
    await expect(mark).toHaveClass(/mark--initiatives/);
    await shot(page, 'added-from-keyboard');

    // Undo takes the whole addition back in one step and puts the focus on its section.
    await page.keyboard.press('Control+z');
    await expect(added).toHaveCount(0);
    await expect(source(page).locator('.source-sentence', { hasText: SENTENCE })).toBeVisible();
    await expect(sectionTick(page, 'Outcomes')).toBeFocused();
    // Redo brings it back and focuses its text.
    await page.keyboard.press('Control+Shift+z');
    await expect(added.locator('textarea')).toBeFocused();
  });

  test('Remove any item; Undo restores it where it was and focuses it, Redo removes it again', async ({ page }) => {
    await openClean(page);
    const keyIssues = sectionOf(page, 'Key issues');
    const first = keyIssues.locator('.compose-item').first();
    const text = await first.locator('textarea').inputValue();
    const id = (await first.getAttribute('data-item-id'))!;
    const count = await keyIssues.locator('.compose-item').count();
    const inPreview = async () => ((await preview(page).textContent()) ?? '').split(text.slice(0, 60)).length - 1;
    const shownBefore = await inPreview();

    // From the keyboard: the item's Remove button, beside its tick.
    await first.locator('.compose-item__remove').focus();
    await shot(page, 'remove-focused');
    await page.keyboard.press('Enter');
    await expect(keyIssues.locator('.compose-item')).toHaveCount(count - 1);
    await expect(compose(page).locator(`[data-item-id="${id}"]`)).toHaveCount(0);
    await expect.poll(inPreview).toBe(shownBefore - 1);
    // The focus stays in the list, on the item that took its place.
    await expect(keyIssues.locator('.compose-item').first().locator('textarea')).toBeFocused();

    await page.keyboard.press('Control+z');
    await expect(keyIssues.locator('.compose-item').first()).toHaveAttribute('data-item-id', id);
    await expect(keyIssues.locator('.compose-item').first().locator('textarea')).toHaveValue(text);
    await expect(keyIssues.locator('.compose-item').first().locator('textarea')).toBeFocused();
    await expect.poll(inPreview).toBe(shownBefore);
    await shot(page, 'undo-focuses-item');

    await page.keyboard.press('Control+Shift+z');
    await expect(compose(page).locator(`[data-item-id="${id}"]`)).toHaveCount(0);
    await expect(sectionTick(page, 'Key issues')).toBeFocused();

    // A right-click on a sentence adds it too; an added item is removed the same way, with the mouse.
    await source(page).locator('.source-sentence', { hasText: SENTENCE }).click({ button: 'right' });
    await menuOf(page).getByRole('menuitem', { name: 'Key issues', exact: true }).click();
    const added = itemWithText(page, SENTENCE);
    await expect(added).toHaveCount(1);
    await added.locator('.compose-item__remove').click();
    await expect(added).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(added.locator('textarea')).toBeFocused();
  });
});

test('the focus ring shows on the date fields and their calendar button', async ({ page }) => {
  await openClean(page);
  const date = page.locator('#meta-date');
  const outline = () => date.evaluate((input) => {
    const style = getComputedStyle(input);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
  });
  // The field's parts take the navy ring (12:1 on white; the old yellow one was 1.8:1) …
  await date.focus();
  expect(await outline()).toBe('solid 3px rgb(31, 56, 100)');
  await page.locator('.metadata-bar').screenshot({ path: `${SHOTS}/${uiLanguage()}-date-field-focus.png` });
  // … and Tab past month, day and year reaches the calendar button, inside the field: it draws its own
  // ring (a pseudo-element's focus cannot be read from script; look at the screenshot).
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('meta-date');
  await page.locator('.metadata-bar').screenshot({ path: `${SHOTS}/${uiLanguage()}-date-calendar-button-focus.png` });
});
