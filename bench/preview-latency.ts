/**
 * Preview latency: the built web renderer in Debian Chromium (Playwright), 100 edits to an item's
 * text, each timed from the input event to the preview showing the new text.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export type PreviewResult = { p50Ms: number; p95Ms: number; edits: number } | { skipped: string };

export async function measurePreviewLatency(root: string): Promise<PreviewResult> {
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'Debian chromium is not installed (apt-get install chromium)' };
  if (!existsSync(path.join(root, 'out/web/index.html'))) return { skipped: 'out/web missing: run npx vite build --config vite.web.config.ts' };
  const { chromium } = await import('@playwright/test');
  const server = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'vite.web.config.ts', '--port', '4179', '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  try {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      for (let attempt = 0; ; attempt++) {
        try {
          await page.goto('http://localhost:4179/');
          break;
        } catch (error) {
          if (attempt > 40) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      const editor = page.locator('[data-bench="item-text"]').first();
      const preview = page.locator('[data-bench="preview"]');
      if ((await editor.count()) === 0 || (await preview.count()) === 0) return { skipped: 'the editor has no [data-bench="item-text"] / [data-bench="preview"] elements yet' };
      await editor.click();
      const times: number[] = [];
      for (let i = 0; i < 100; i++) {
        const marker = `edit${i}x`;
        const ms = await page.evaluate(
          async ({ marker }) => {
            const target = document.querySelector('[data-bench="item-text"]') as HTMLTextAreaElement | HTMLInputElement;
            const previewElement = document.querySelector('[data-bench="preview"]')!;
            const start = performance.now();
            const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), 'value')!.set!;
            setter.call(target, `${target.value.replace(/ edit\d+x$/, '')} ${marker}`);
            target.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise<void>((resolve) => {
              if (previewElement.textContent?.includes(marker)) return resolve();
              const observer = new MutationObserver(() => {
                if (previewElement.textContent?.includes(marker)) {
                  observer.disconnect();
                  resolve();
                }
              });
              observer.observe(previewElement, { subtree: true, childList: true, characterData: true });
            });
            return performance.now() - start;
          },
          { marker },
        );
        times.push(ms);
      }
      times.sort((a, b) => a - b);
      return { p50Ms: times[49]!, p95Ms: times[94]!, edits: times.length };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
