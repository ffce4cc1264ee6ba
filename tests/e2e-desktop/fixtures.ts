/**
 * Shared set-up for the desktop end-to-end tests: each test gets a machine of its own (home, config
 * and Documents folders under its output folder) and `launch()`, which starts the desktop app on it
 * (harness/desktop-app.ts). After the test, every launch is checked: the page threw nothing, it
 * requested nothing but its own files (app://briefwright/…), and main showed no dialog the test did
 * not answer.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { APP_ORIGIN, DesktopApp, type DesktopFolders } from './harness/desktop-app';

export { expect, DesktopApp };

export const test = base.extend<{ folders: DesktopFolders; launch: () => Promise<DesktopApp>; desktop: DesktopApp }>({
  // eslint-disable-next-line no-empty-pattern
  folders: async ({}, use, testInfo) => {
    const root = testInfo.outputPath('machine');
    const folders = { home: path.join(root, 'home'), configHome: path.join(root, 'home', '.config'), documents: path.join(root, 'home', 'Documents') };
    for (const folder of Object.values(folders)) await mkdir(folder, { recursive: true });
    await use(folders);
  },
  launch: async ({ context, folders }, use) => {
    const launched: DesktopApp[] = [];
    // A launch points XDG_CONFIG_HOME at the test's folders (see desktop-app.ts); put it back after.
    const configHome = process.env['XDG_CONFIG_HOME'];
    await use(async () => {
      const desktop = await DesktopApp.launch(context, folders);
      launched.push(desktop);
      return desktop;
    });
    const ownFiles = `${APP_ORIGIN}/`;
    try {
      for (const desktop of launched) {
        await desktop.close();
        expect(desktop.pageErrors, 'errors thrown in the page').toEqual([]);
        const elsewhere = desktop.requests.filter((url) => !url.startsWith(ownFiles) && !url.startsWith('data:') && !url.startsWith('blob:') && !desktop.expectedRequests.includes(url));
        expect(elsewhere, 'requests for anything but the app’s own files').toEqual([]);
        expect(desktop.dialogCalls.filter((call) => call.answer === 'unanswered'), 'dialogs the test did not answer').toEqual([]);
      }
    } finally {
      if (configHome === undefined) delete process.env['XDG_CONFIG_HOME'];
      else process.env['XDG_CONFIG_HOME'] = configHome;
    }
  },
  desktop: async ({ launch }, use) => {
    await use(await launch());
  },
});

export const shot = (name: string) => ({ path: `test-results/screenshots/desktop-${name}.png` });

/** word/document.xml of a DOCX on disk, and its text (runs joined, paragraphs on their own lines). */
export async function docxOnDisk(file: string): Promise<{ xml: string; text: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { xml, text, zip };
}

/** The text of a PDF on disk, whitespace collapsed. */
export async function pdfOnDisk(file: string): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

/**
 * Clicks an export button (or, with no label, only answers what follows a menu export): a note that
 * still holds the template's drafted placeholders asks first (issue 13 item 7), and the test exports anyway.
 */
export async function clickExport(page: Page, label?: string): Promise<void> {
  if (label) await page.getByRole('button', { name: label, exact: true }).click();
  const anyway = page.getByRole('dialog').getByRole('button', { name: 'Export anyway' });
  if (await anyway.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false)) await anyway.click();
}
