/**
 * What the officer waits for, measured in Debian Chromium (Playwright) against the built web app
 * (out/web, served by `vite preview`), each timed inside the page from the user's action to the
 * result on screen or in the download (issue 16):
 * - app load: navigation start → the sample's preview page and its items on screen and the main
 *   thread free (no long task within a 500 ms window after, as in Lighthouse's time to interactive);
 * - export: the click on Export DOCX / Export PDF (the placeholder question, when asked, answered at
 *   once) → the file's bytes handed to the browser as a download; "first" is the first export of a
 *   fresh page, clicked FIRST_EXPORT_AFTER_MS after the app is interactive, "warm" the ones after it;
 * - open a 300 KB statement by paste ("Open pasted text" clicked) and by file (the file input's
 *   change) → the title, the source, the compose items and the preview all show it, main thread free;
 * - switch template (the picker's change) → the preview shows the other layout, main thread free.
 * Every repetition is a fresh browser context (no autosave, no cache); medians over repetitions.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** An officer reads the note before exporting it; the app may use that time. */
export const FIRST_EXPORT_AFTER_MS = 1500;
const PORT = 4181;

export interface UserWaitSamples {
  load: number[];
  docxFirst: number[];
  docxWarm: number[];
  pdfFirst: number[];
  pdfWarm: number[];
  openPaste: number[];
  openFile: number[];
  switchTemplate: number[];
}
export type UserWaitsResult = { samples: UserWaitSamples; statementBytes: number } | { skipped: string };

/** Installed before any of the app's scripts: download, change and long-task timestamps. */
export function instrument() {
  type Bench = {
    downloads: number[];
    onDownload?: () => void;
    longTasks: { start: number; end: number }[];
    shown: number;
    changeAt: number;
    answerDialog: (label: string) => () => void;
  };
  /** Clicks the dialog button named `label` as soon as it appears, as an officer answering at once; returns the stop. */
  const answerDialog = (label: string) => {
    const answer = new MutationObserver(() => {
      // Only a question on screen: a closed <dialog> keeps its buttons in the page.
      const button = [...document.querySelectorAll('[role="dialog"] button, dialog button')].find((candidate) => candidate.textContent?.trim() === label && candidate.checkVisibility());
      if (button) {
        answer.disconnect();
        (button as HTMLButtonElement).click();
      }
    });
    answer.observe(document, { subtree: true, childList: true, attributes: true });
    return () => answer.disconnect();
  };
  const bench: Bench = { downloads: [], longTasks: [], shown: 0, changeAt: 0, answerDialog };
  (window as unknown as { __bench: Bench }).__bench = bench;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) {
      bench.downloads.push(performance.now());
      bench.onDownload?.();
    }
    return click.call(this);
  };
  document.addEventListener('change', () => (bench.changeAt = performance.now()), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const shown = () => {
    const preview = document.querySelector('[data-bench="preview"]');
    return preview !== null && /Page 1 of/.test(preview.textContent ?? '') && document.querySelector('[data-bench="item-text"]') !== null;
  };
  const observer = new MutationObserver(() => {
    if (shown()) {
      bench.shown = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

/** The end of the last long task that starts within `quietMs` of `from` (chained): the main thread is free after it. */
async function interactiveAfter(page: Page, from: number, quietMs = 500): Promise<number> {
  // Wait out the quiet window so every long task in it is recorded.
  await page.waitForFunction(({ from, quietMs }) => performance.now() > from + quietMs + 50, { from, quietMs }, { polling: 100 });
  return page.evaluate(
    ({ from, quietMs }) => {
      const tasks = (window as unknown as { __bench: { longTasks: { start: number; end: number }[] } }).__bench.longTasks;
      let at = from;
      for (;;) {
        const later = tasks.filter((task) => task.end > at && task.start < at + quietMs);
        if (later.length === 0) return at;
        at = Math.max(...later.map((task) => task.end));
      }
    },
    { from, quietMs },
  );
}

/** A step that never finishes fails the bench with a reason instead of hanging it. */
function withTimeout<T>(promise: Promise<T>, what: string, ms = 60_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`user waits: ${what} within ${ms / 1000} s`)), ms))]);
}

export async function openFresh(page: Page, url: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url);
      break;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await page.waitForFunction(() => (window as unknown as { __bench: { shown: number } }).__bench.shown > 0, undefined, { timeout: 30_000, polling: 50 });
  const shown = await page.evaluate(() => (window as unknown as { __bench: { shown: number } }).__bench.shown);
  return interactiveAfter(page, shown);
}

/** Clicks an export button and answers the placeholder question at once; ms from the click to the download. */
async function timeExport(page: Page, label: string): Promise<number> {
  const ms = await page.evaluate(async (label) => {
    const bench = (window as unknown as { __bench: { downloads: number[]; onDownload?: () => void; answerDialog: (label: string) => () => void } }).__bench;
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);
    if (!button) throw new Error(`no ${label} button`);
    const stopAnswering = bench.answerDialog('Export anyway');
    const done = new Promise<number>((resolve) => (bench.onDownload = () => resolve(bench.downloads[bench.downloads.length - 1]!)));
    const start = performance.now();
    button.click();
    const end = await Promise.race([done, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`${label}: no download within 60 s`)), 60_000))]);
    stopAnswering();
    bench.onDownload = undefined;
    return end - start;
  }, label);
  // The app is idle again before the next click (its status line says the file was downloaded).
  await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => /Exporting/.test(b.textContent ?? '')), undefined, { polling: 50 });
  await page.waitForTimeout(150);
  return ms;
}

/** Times, in the page, `act` until the title, source, compose items and preview show `marker`, main thread free. */
async function timeOpen(page: Page, marker: string, act: () => Promise<void>, startOn: 'click' | 'change'): Promise<number> {
  const firstItem = await page.locator('[data-bench="item-text"]').first().inputValue();
  // The watcher is armed first and left in the page; a pending evaluate() across setInputFiles() lost the page.
  await page.evaluate(
    ({ marker, firstItem }) => {
      const bench = (window as unknown as { __bench: { opened?: Promise<number> } }).__bench;
      const updated = () => {
        const title = document.getElementById('meta-title') as HTMLInputElement | null;
        const item = document.querySelector('[data-bench="item-text"]') as HTMLTextAreaElement | null;
        return (
          title?.value === marker &&
          (document.querySelector('.pane--source')?.textContent ?? '').includes(marker) &&
          (document.querySelector('[data-bench="preview"]')?.textContent ?? '').includes(marker) &&
          item !== null &&
          item.value !== firstItem
        );
      };
      bench.opened = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (updated()) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    { marker, firstItem },
  );
  // The note was changed (the template switch), so opening asks first whether to save it: answered
  // "Don't save" at once, as the placeholder question is for exports.
  await page.evaluate(() => {
    const stopAnswering = (window as unknown as { __bench: { answerDialog: (label: string) => () => void } }).__bench.answerDialog("Don't save");
    setTimeout(stopAnswering, 30_000);
  });
  let start: number;
  if (startOn === 'click') {
    start = await page.evaluate(() => {
      const button = [...document.querySelectorAll('[role="dialog"] button, dialog button')].find((b) => b.textContent?.trim() === 'Open pasted text') as HTMLButtonElement;
      const at = performance.now();
      button.click();
      return at;
    });
  } else {
    await act();
    start = await page.evaluate(() => (window as unknown as { __bench: { changeAt: number } }).__bench.changeAt);
  }
  const end = await withTimeout(page.evaluate(() => (window as unknown as { __bench: { opened: Promise<number> } }).__bench.opened), 'the opened statement never showed in every pane').catch(async (error: unknown) => {
    // What the page showed instead, for the one who reads the failure.
    const shot = path.resolve(import.meta.dirname, 'results/user-waits-open-failure.png');
    await page.screenshot({ path: shot }).catch(() => {});
    const notices = await page.locator('[role="status"], [role="alert"]').allTextContents().catch(() => []);
    throw new Error(`${String(error)} (notices: ${JSON.stringify(notices.filter((text) => text.trim()))}; screenshot ${shot})`);
  });
  return (await interactiveAfter(page, end)) - start;
}

async function timeTemplateSwitch(page: Page, to: string): Promise<number> {
  const { start, end } = await page.evaluate(
    (to) =>
      new Promise<{ start: number; end: number }>((resolve) => {
        const select = document.getElementById('meta-template') as HTMLSelectElement;
        const preview = document.querySelector('[data-bench="preview"]')!;
        const before = preview.textContent;
        const observer = new MutationObserver(() => {
          if (preview.textContent !== before) {
            observer.disconnect();
            resolve({ start, end: performance.now() });
          }
        });
        observer.observe(preview, { subtree: true, childList: true, characterData: true });
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
        const start = performance.now();
        setter.call(select, to);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    to,
  );
  return (await interactiveAfter(page, end, 200)) - start;
}

/** A 300 KB statement: the development corpus's texts one after another under one title. */
function bigStatement(root: string, title: string): string {
  const corpus = path.resolve(root, '../shared/corpus/dev');
  const texts = existsSync(corpus)
    ? readdirSync(corpus)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => readFileSync(path.join(corpus, file), 'utf8'))
    : [readFileSync(path.join(root, 'resources/samples/canada-rok-fdmm-2024.txt'), 'utf8')];
  let body = '';
  for (let i = 0; body.length < 300 * 1024; i++) body += `${texts[i % texts.length]!.replace(/^[^\n]*\n/, '')}\n\n`;
  return `${title}\n\n${body}`;
}

export async function measureUserWaits(root: string, repetitions = 5): Promise<UserWaitsResult> {
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'Debian chromium is not installed (apt-get install chromium)' };
  if (!existsSync(path.join(root, 'out/web/index.html'))) return { skipped: 'out/web missing: run npx vite build --config vite.web.config.ts' };
  const { chromium } = await import('@playwright/test');
  const server = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${PORT}/`;
  const samples: UserWaitSamples = { load: [], docxFirst: [], docxWarm: [], pdfFirst: [], pdfWarm: [], openPaste: [], openFile: [], switchTemplate: [] };
  let statementBytes = 0;
  const launch = () =>
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  try {
    let browser = await launch();
    try {
      let lostPages = 0;
      const runs = Array.from({ length: repetitions }, (_, rep) => (['docx', 'pdf'] as const).map((format) => ({ rep, format }))).flat();
      for (let run = 0; run < runs.length; run++) {
        const { rep, format } = runs[run]!;
        {
          const kept: Record<string, number> = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, values.length]));
          if (!browser.isConnected()) browser = await launch();
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
          try {
            const page = await context.newPage();
            // tsx names functions with a __name helper the page lacks; a no-op stands in.
            await page.addInitScript({ content: `globalThis.__name = (f) => f; (${instrument.toString()})();` });
            const downloads: Promise<Buffer>[] = [];
            page.on('download', (download) => downloads.push(download.path().then((file) => readFileSync(file))));
            samples.load.push(await openFresh(page, url));
            await page.waitForTimeout(FIRST_EXPORT_AFTER_MS);
            const label = format === 'docx' ? 'Export DOCX' : 'Export PDF';
            (format === 'docx' ? samples.docxFirst : samples.pdfFirst).push(await timeExport(page, label));
            for (let i = 0; i < 4; i++) (format === 'docx' ? samples.docxWarm : samples.pdfWarm).push(await timeExport(page, label));
            // The timed hand-over really was a download of a whole file.
            const files = await Promise.all(downloads);
            const magic = format === 'docx' ? 'PK' : '%PDF';
            if (files.length !== 5 || files.some((file) => file.length < 1000 || file.subarray(0, magic.length).toString('latin1') !== magic)) {
              throw new Error(`the ${format} exports did not download five whole files`);
            }
            if (format === 'docx') {
              // Switch template, there and back, on the sample; then open a 300 KB statement by paste.
              for (let i = 0; i < 4; i++) samples.switchTemplate.push(await timeTemplateSwitch(page, i % 2 === 0 ? 'one-page-summary' : 'briefing-note'));
              const pasted = `Joint Statement on the Pasted Bench Dialogue ${rep}`;
              const pastedText = bigStatement(root, pasted);
              statementBytes = Buffer.byteLength(pastedText);
              await page.getByRole('button', { name: 'Paste…' }).click();
              // One input event with the whole text, as a paste gives (fill() types it in).
              await page.getByRole('dialog', { name: 'Paste a statement' }).getByRole('textbox').evaluate((area: HTMLTextAreaElement, text) => {
                Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
                area.dispatchEvent(new Event('input', { bubbles: true }));
              }, pastedText);
              samples.openPaste.push(await timeOpen(page, pasted, async () => {}, 'click'));
            } else {
              // Open a 300 KB statement by file, over the sample (one 300 KB statement over another lost the page here).
              const filed = `Joint Statement on the Filed Bench Dialogue ${rep}`;
              samples.openFile.push(
                await timeOpen(page, filed, () => page.getByTestId('file-input').setInputFiles({ name: 'bench-statement.txt', mimeType: 'text/plain', buffer: Buffer.from(bigStatement(root, filed)) }), 'change'),
              );
            }
          } catch (error) {
            // On this shared machine a page or the whole browser is now and then closed under the bench
            // (another run ending its Chromium); that run's samples are dropped and it runs again, on a
            // new browser if need be, a few times at most.
            if (!/closed/i.test(String(error)) || ++lostPages > 3) throw error;
            console.log(`user waits: a page was closed under the bench (${lostPages}); running that repetition again`);
            for (const [key, length] of Object.entries(kept)) samples[key as keyof UserWaitSamples].splice(length);
            run--;
          } finally {
            await context.close().catch(() => {});
          }
        }
      }
    } finally {
      await browser.close().catch(() => {});
    }
  } finally {
    server.kill();
  }
  return { samples, statementBytes };
}

// `node --import tsx bench/user-waits.ts [repetitions]`: this part of the bench alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { median } = await import('./stats');
  const result = await measureUserWaits(path.resolve(import.meta.dirname, '..'), Number(process.argv[2] ?? 3));
  if ('skipped' in result) console.log(result.skipped);
  else for (const [name, values] of Object.entries(result.samples)) console.log(`${name.padEnd(16)} median ${median(values).toFixed(0)} ms  [${values.map((v: number) => v.toFixed(0)).join(', ')}]`);
}
