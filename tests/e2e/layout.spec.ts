/**
 * A layout that holds (issue 15 item 3): at 1024×700, 1280×800 and 1920×1080, in the run's language
 * (playwright.config.ts runs the suite with the browser in en-CA and in fr-CA), with a long statement title and meeting place, before and
 * after an export: the page never scrolls sideways, the top bar keeps one height however long the
 * message, nothing in the bar or the note details overlaps, and the export's message sits in the
 * notification area outside the bar. Screenshots go to test-results/layout/ (look at them); what
 * they must show is asserted on the boxes here.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

type Catalogue = Record<string, Record<string, string>>;
const catalogue = (language: 'en' | 'fr', namespace: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../src/core/i18n/locales/${language}/${namespace}.json`, import.meta.url), 'utf8')) as Catalogue;

const LONG_TITLE =
  'Joint statement of the Foreign and Defence Ministers of Canada and the Republic of Korea on the 2+2 Ministerial Meeting: building a resilient partnership, September 2026';
const LONG_PLACE = 'Ottawa, Ontario, Canada (Lester B. Pearson Building, 125 Sussex Drive)';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** One row of buttons is ~53 px; a second row (a long language at 1024 px) stays under this. */
const MAX_BAR_HEIGHT = 100;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function overlaps(a: Box, b: Box): boolean {
  // A pixel of shared border is not an overlap.
  return a.x + a.width > b.x + 1 && b.x + b.width > a.x + 1 && a.y + a.height > b.y + 1 && b.y + b.height > a.y + 1;
}

/** The boxes of the visible elements a locator matches. */
async function visibleBoxes(locator: Locator): Promise<{ label: string; box: Box }[]> {
  return locator.evaluateAll((elements) =>
    elements
      .filter((element) => {
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0;
      })
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return { label: (element.textContent ?? element.getAttribute('aria-label') ?? element.tagName).trim().slice(0, 40), box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } };
      }),
  );
}

async function expectNoOverlap(locator: Locator, what: string): Promise<void> {
  const boxes = await visibleBoxes(locator);
  expect(boxes.length, `${what}: something to compare`).toBeGreaterThan(1);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${what}: “${boxes[i]!.label}” overlaps “${boxes[j]!.label}”`).toBe(false);
}

async function expectInsideViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const width = page.viewportSize()!.width;
  for (const { label, box } of await visibleBoxes(locator)) {
    expect(box.x, `${what}: “${label}” starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: “${label}” ends inside the window`).toBeLessThanOrEqual(width + 0.5);
  }
}

/** No sideways scrolling: not the page, not any bar (a clipped bar hides its overflow instead). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflowing = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const selector of ['.chrome', '.top-bar', '.metadata-bar', '.panes', '.pane__header'])
      for (const element of document.querySelectorAll(selector))
        if (element.scrollWidth > element.clientWidth + 1) found.push(`${selector} ${element.scrollWidth} > ${element.clientWidth}`);
    return found;
  });
  expect(overflowing, 'elements wider than their box').toEqual([]);
}

/**
 * The language the run is in: the project's browser locale (playwright.config.ts runs the suite in
 * en-CA and fr-CA); English when none is set.
 */
function languageOf(testInfo: TestInfo): 'en' | 'fr' {
  return String(testInfo.project.use.locale ?? 'en').startsWith('fr') ? 'fr' : 'en';
}

async function openClean(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('briefwright');
        request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
      }),
  );
  await page.reload();
  await expect(page.locator('.preview__page').first()).toBeVisible({ timeout: 20_000 });
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: one bar height, no sideways scroll, the export's message outside the bar`, async ({ page }, testInfo) => {
    const language = languageOf(testInfo);
    const ui = catalogue(language, 'ui');
    const session = catalogue(language, 'session');
    await page.setViewportSize(size);
    await openClean(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.locator('#meta-title').fill(LONG_TITLE);
    await page.locator('#meta-meeting-place').fill(LONG_PLACE);

    await page.screenshot({ path: `test-results/layout/${language}-${size.width}x${size.height}-before-export.png` });
    const bar = page.locator('.top-bar');
    const before = (await bar.boundingBox())!;
    expect(before.height, 'top bar height').toBeLessThanOrEqual(MAX_BAR_HEIGHT);
    // One row of buttons, except French at 1024 px, which may take a second.
    if (language === 'en' || size.width >= 1280) expect(before.height, 'one row of buttons').toBeLessThanOrEqual(60);
    await expectNoHorizontalScroll(page);

    const download = page.waitForEvent('download');
    await page.locator('.export-bar__buttons button').nth(1).click();
    const anyway = page.getByRole('dialog').getByRole('button', { name: ui.placeholders!.exportAnyway!, exact: true });
    if (await anyway.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false)) await anyway.click();
    // The file is named from the date and the title, cut at a word boundary (core/write/file-name.ts).
    const date = await page.locator('#meta-date').inputValue();
    expect((await download).suggestedFilename()).toBe(`${date} Joint statement of the Foreign and Defence Ministers of Canada and the Republic of Korea.pdf`);

    const notification = page.getByTestId('export-notification');
    await expect(notification).toContainText(ui.export!.downloaded!.trim());
    await expect(notification).toContainText('.pdf');
    const region = page.getByRole('region', { name: session.notifications!.region! });
    await expect(region.getByRole('status')).toContainText('.pdf');
    await page.screenshot({ path: `test-results/layout/${language}-${size.width}x${size.height}-after-export.png` });

    // The message changes nothing in the bar, and covers none of it.
    const after = (await bar.boundingBox())!;
    expect(after.height, 'top bar height after the export').toBe(before.height);
    expect(overlaps((await notification.boundingBox())!, after), 'notification over the top bar').toBe(false);
    await expectNoHorizontalScroll(page);
    await expectNoOverlap(bar.locator('.top-bar__brand, .top-bar__actions > *, .top-bar__more-button, .top-bar__secondary > *, .language-switch, .export-bar__buttons > *'), 'top bar');
    await expectInsideViewport(page, bar.locator('button, select, label, .top-bar__brand'), 'top bar');
    await expectNoOverlap(page.locator('.metadata-bar > .field'), 'note details');
    await expectInsideViewport(page, page.locator('.metadata-bar input, .metadata-bar select, .metadata-bar button'), 'note details');
    await expectNoOverlap(page.locator('.pane--preview .pane__header > *'), 'preview header');

    // Below ~1200 px (1440 px for the longer French labels) the less used actions wait in More;
    // wider they are in the bar itself.
    const more = bar.locator('.top-bar__more-button');
    const saveAs = bar.getByRole('button', { name: ui.topBar!.saveAs!, exact: true });
    const narrow = size.width < (language === 'fr' ? 1440 : 1200);
    if (narrow) {
      await expect(more).toBeVisible();
      await expect(saveAs).toBeHidden();
    } else {
      await expect(more).toBeHidden();
      await expect(saveAs).toBeVisible();
    }

    if (narrow) {
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(saveAs).toBeVisible();
      await expectInsideViewport(page, bar.locator('.top-bar__secondary'), 'More panel');
      expect((await bar.boundingBox())!.height, 'the open panel does not grow the bar').toBe(before.height);
      await page.screenshot({ path: `test-results/layout/${language}-${size.width}x${size.height}-more-open.png` });
      await page.keyboard.press('Escape');
      await expect(saveAs).toBeHidden();
      await expect(more).toBeFocused();
    }
  });
}

test('an information notice fades by itself; an error stays until it is closed', async ({ page }, testInfo) => {
  const language = languageOf(testInfo);
  const ui = catalogue(language, 'ui');
  const session = catalogue(language, 'session');
  await openClean(page);
  // The fade is a CSS animation (8 s): Chromium plays the page's animations eight times faster here,
  // so the test waits one second for it, not eight; the timeline and the animationend event are real.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Animation.enable');
  await devtools.send('Animation.setPlaybackRate', { playbackRate: 8 });
  // A draft saved in the browser is downloaded, and the notification says so, then goes.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ui.topBar!.save!, exact: true }).click();
  await download;
  const notice = page.getByTestId('notice-notification');
  await expect(notice).toBeVisible();
  const barHeight = (await page.locator('.top-bar').boundingBox())!.height;
  await expect(notice).toBeHidden({ timeout: 5_000 });
  expect((await page.locator('.top-bar').boundingBox())!.height).toBe(barHeight);

  // A refused file is an error: still there well after an information notice would have gone.
  await page.getByTestId('file-input').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) });
  const error = page.getByTestId('notice-notification');
  await expect(error).toContainText('photo.txt');
  await expect(page.getByRole('region', { name: session.notifications!.region! }).getByRole('status')).toContainText('photo.txt');
  // Twice an information notice's fade, in the page's animation time.
  await page.waitForTimeout(2_000);
  await expect(error).toBeVisible();
  expect((await page.locator('.top-bar').boundingBox())!.height).toBe(barHeight);
  await page.screenshot({ path: `test-results/layout/${language}-error-notification.png` });
  await error.getByRole('button', { name: session.notifications!.close! }).click();
  await expect(error).toBeHidden();
});
