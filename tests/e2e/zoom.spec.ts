/**
 * Preview zoom (issue 15 item 5): Fit width by default, 100 % and 150 % from the pane's control,
 * Ctrl + / − / 0 while the preview has focus (and not elsewhere: there they stay the browser's),
 * remembered across a reload in the same session. The page's drawn width is what is asserted.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const zoomText = (language: 'en' | 'fr'): Record<string, string> =>
  (JSON.parse(readFileSync(new URL(`../../src/core/i18n/locales/${language}/session.json`, import.meta.url), 'utf8')) as { zoom: Record<string, string> }).zoom;

async function openClean(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('briefwright');
    request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
  }));
  await page.reload();
  await expect(page.locator('.preview__page').first()).toBeVisible({ timeout: 20_000 });
}

const LETTER_WIDTH_PX = 8.5 * 96;

/** The first page's drawn width as a share of its natural width (the zoom it is shown at). */
async function drawnZoom(page: Page): Promise<number> {
  const box = (await page.locator('.preview__page').first().boundingBox())!;
  return box.width / LETTER_WIDTH_PX;
}

test('zooms the preview from its control and with Ctrl +/−/0, and remembers it for the session', async ({ page }, testInfo) => {
  const text = zoomText(String(testInfo.project.use.locale ?? 'en').startsWith('fr') ? 'fr' : 'en');
  await openClean(page);
  const zoom = page.getByRole('group', { name: text.group! });
  const value = page.getByTestId('zoom-value');
  const body = page.locator('.pane__body--preview');

  // Fit width: the page fills the pane's width (less the frame's 16 px each side).
  await expect(zoom.getByRole('button', { name: text.fitWidth! })).toHaveAttribute('aria-pressed', 'true');
  const paneWidth = (await body.boundingBox())!.width;
  expect(Math.abs((await drawnZoom(page)) * LETTER_WIDTH_PX - (paneWidth - 32))).toBeLessThan(24);
  const fitPercent = Math.round((await drawnZoom(page)) * 100);
  await expect(value).toHaveText(`${fitPercent}\u00a0%`);

  await zoom.getByRole('button', { name: '150\u00a0%' }).click();
  await expect(zoom.getByRole('button', { name: '150\u00a0%' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => drawnZoom(page)).toBeCloseTo(1.5, 2);
  // Wider than the pane: it scrolls inside the preview, from the page's left edge; never the window.
  expect(await body.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await body.evaluate((element) => element.scrollLeft)).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  const left = (await page.locator('.preview__page').first().boundingBox())!.x;
  expect(left).toBeGreaterThanOrEqual((await body.boundingBox())!.x);
  await page.screenshot({ path: 'test-results/zoom/150.png' });

  // Remembered across a reload in this session.
  await page.reload();
  await expect(page.getByRole('group', { name: text.group! }).getByRole('button', { name: '150\u00a0%' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => drawnZoom(page)).toBeCloseTo(1.5, 2);

  // With the preview focused, Ctrl − steps down, Ctrl + up, Ctrl 0 back to Fit width.
  await body.focus();
  await page.keyboard.press('Control+-');
  await expect(value).toHaveText('125\u00a0%');
  await expect.poll(() => drawnZoom(page)).toBeCloseTo(1.25, 2);
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect(value).toHaveText('75\u00a0%');
  await page.keyboard.press('Control+=');
  await expect(value).toHaveText('100\u00a0%');
  await expect(zoom.getByRole('button', { name: '100\u00a0%' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+0');
  await expect(zoom.getByRole('button', { name: text.fitWidth! })).toHaveAttribute('aria-pressed', 'true');
  await expect(value).toHaveText(`${fitPercent}\u00a0%`);

  // Outside the preview the keys are not the preview's.
  await page.locator('#meta-title').focus();
  await page.keyboard.press('Control+=');
  await expect(value).toHaveText(`${fitPercent}\u00a0%`);
});
