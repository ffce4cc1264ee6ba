/**
 * Shared set-up for the end-to-end tests. Every spec imports `test` from here, not from
 * '@playwright/test', and so gets the off-origin check without asking for it: an automatic fixture
 * records every request any page of the test makes, and fails the test if one left the app's origin
 * (data: and blob: URLs the page makes itself excepted). A test may also read `requests`.
 * A second automatic fixture, `axe`, runs axe-core once on every page of the test still open after
 * its body (the state the scenario ends in) and fails the test on any violation, naming each rule and
 * the elements it found: every scenario, in each language project, is checked for accessibility (every
 * rule but colour contrast, which the accessibility specs check on every state they open), once per
 * distinct page outline (see outlineOf: an end state whose structure an earlier test already had
 * checked clean is not checked again; a test's annotation says so).
 * Helpers read back what the app downloaded.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Download, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { ui } from './ui-text';

/**
 * axe-core on `page`, every rule, in legacy mode: axe runs in the page itself. The default mode opens a
 * fresh page for every check to merge the results of frames, which the app does not have; it was over
 * half of each check's time (CI time, issue 15). Same rules, same findings on a page without frames.
 */
export function axeOf(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/** The requests of a test that did not go to `origin` or a URL the page made itself. */
export function offOriginRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
}

/** One line per axe violation: the rule, its impact and the elements it found (CSS selectors). */
export function describeViolations(violations: readonly { id: string; impact?: string | null; nodes: readonly { target: unknown }[] }[]): string[] {
  return violations.map((violation) => `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/**
 * The page's structure as axe sees it, without its words: every element's tag, role, classes, inline
 * style, state attributes (aria-*, hidden, disabled, checked, open…) and whether it holds text of its
 * own, in document order, with runs of identical siblings (a list of 3 items or of 30) folded into one,
 * plus the language and the window size. Two end states with the same outline get the same findings
 * from axe's rules (roles, names present, contrast by class and style, landmarks, focus order), so
 * each outline is checked once per run; what tells them apart is the words (a different statement).
 */
async function outlineOf(page: Page): Promise<string> {
  const outline = await page.evaluate(() => {
    const STATE = /^(aria-(?!label$|labelledby$|describedby$|controls$|activedescendant$|owns$|valuenow$|valuetext$)|hidden$|disabled$|checked$|open$|inert$|tabindex$|type$|contenteditable$|lang$|dir$)/;
    const outlineOfElement = (element: Element): string => {
      const own = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim() !== '');
      const attributes = [...element.attributes]
        .filter((attribute) => STATE.test(attribute.name) || attribute.name === 'role' || attribute.name === 'class' || attribute.name === 'style')
        .map((attribute) => `${attribute.name}=${attribute.value}`)
        .concat(['aria-label', 'aria-labelledby', 'aria-describedby', 'alt', 'title', 'for', 'id'].filter((name) => element.hasAttribute(name)).map((name) => `${name}?`));
      const children: string[] = [];
      for (const child of element.children) {
        const line = outlineOfElement(child);
        if (children[children.length - 1] !== line) children.push(line);
      }
      return `<${element.tagName}${attributes.length ? ` ${attributes.join(' ')}` : ''}${own ? ' #text' : ''}>${children.join('')}</>`;
    };
    return `${document.documentElement.lang} ${innerWidth}x${innerHeight} ${outlineOfElement(document.documentElement)}`;
  });
  return createHash('sha256').update(outline).digest('hex');
}

/** Outlines axe has already checked in this worker, and found clean. */
const checkedOutlines = new Set<string>();

/** axe's findings on a page; null for a page that is not the app's (a blank popup, a download), 'checked before' for an outline already checked clean. */
async function axeViolationsOf(page: Page, origin: string): Promise<string[] | null | 'checked before'> {
  if (page.isClosed() || !page.url().startsWith(`${origin}/`)) return null;
  try {
    const outline = await outlineOf(page);
    if (checkedOutlines.has(outline)) return 'checked before';
    // Every rule but colour contrast: contrast depends on the style sheet, not on the state a scenario
    // ends in, and accessibility.spec.ts and french-ui.spec.ts check it, with every other rule, on the
    // window, its dialogs, menus and editors in both languages. It was two thirds of axe's time here
    // (15 s of 20 s on a loaded machine for the main window), paid again by each of ninety tests.
    // Legacy mode runs axe in the page itself; the default merges frame results in a fresh page it opens
    // for each check, which was over half of this fixture's time (11 tests: 40 s → 17 s of axe; the app
    // has no frames to merge).
    const violations = describeViolations((await axeOf(page).disableRules(['color-contrast']).analyze()).violations);
    if (violations.length === 0) checkedOutlines.add(outline);
    return violations;
  } catch (error) {
    // A page the test was closing (page.close with its beforeunload answered) may go while axe runs.
    if (page.isClosed()) return null;
    throw error;
  }
}

export const test = base.extend<{ requests: string[]; axe: void }>({
  requests: [
    async ({ context, baseURL }, use) => {
      const requests: string[] = [];
      // The context's requests: every page and popup of the test, and their workers.
      context.on('request', (request) => requests.push(request.url()));
      await use(requests);
      expect(offOriginRequests(requests, new URL(baseURL!).origin), 'requests that left the app origin').toEqual([]);
    },
    { auto: true },
  ],
  axe: [
    async ({ context, baseURL }, use, testInfo) => {
      await use();
      // A test that failed or was skipped already says what is wrong; axe would only add time. (A body
      // that passed is checked even in a test expected to fail: axe-fixture.spec.ts relies on it.)
      if (testInfo.status !== 'passed') return;
      const origin = new URL(baseURL!).origin;
      const found: string[] = [];
      for (const page of context.pages()) {
        const violations = await axeViolationsOf(page, origin);
        if (violations === 'checked before') testInfo.annotations.push({ type: 'axe', description: `${page.url()}: same outline as a page an earlier test checked clean` });
        else if (violations) found.push(...violations.map((line) => `${page.url()}: ${line}`));
      }
      expect(found, 'axe-core violations on the pages the test left open').toEqual([]);
    },
    // Its own time, beside the test's: axe over a large page takes tens of seconds on a loaded machine.
    { auto: true, timeout: 120_000 },
  ],
});
export { expect };

export async function downloadBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

export async function docxText(download: Download): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: await downloadBytes(download) });
  return value;
}

export async function pdfText(download: Download): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await downloadBytes(download)));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** Opens the app on a clean slate (no autosave from an earlier test). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('briefwright');
    request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
  }));
  await page.reload();
  await expect(page.getByRole('heading', { name: ui('compose.heading') })).toBeVisible();
}

export const preview = (page: Page) => page.locator('.preview__pages');

/**
 * Clicks an export button (or, with no label, only answers what follows a menu export): a note that
 * still holds the template's drafted placeholders asks first (issue 13 item 7), and the test exports anyway.
 */
export async function clickExport(page: Page, label?: string): Promise<void> {
  if (label) await page.getByRole('button', { name: label, exact: true }).click();
  const anyway = page.getByRole('dialog').getByRole('button', { name: ui('placeholders.exportAnyway') });
  if (await anyway.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false)) await anyway.click();
}
