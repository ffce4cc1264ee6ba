/**
 * App load alone (issue 16): navigation start → the sample's preview page and its items on screen
 * and the main thread free, exactly as `npm run bench` measures it (bench/user-waits.ts), but without
 * the exports and opens around it, so a change to start-up can be compared before and after quickly.
 *
 * `node --import tsx bench/app-load.ts [repetitions=7] [outDir=out/web ...]` after `npm run build:web`;
 * every repetition is a fresh browser context (no autosave, no cache). Prints each load and the median.
 * Given several builds (e.g. one before a change and one after), it alternates between them
 * repetition by repetition, so both see the same load on a shared machine.
 *
 * It also prints the page's main-thread CPU time over the same span (from a Chromium trace: the
 * thread time of the renderer main thread's tasks). On a loaded machine the wall-clock load swings
 * by a second between repetitions as the thread waits for a core; its CPU time barely moves, so it
 * is what tells a start-up change from noise. (The trace records top-level tasks only, which costs
 * the page little; the bench itself runs without it.)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { median } from './stats';
import { instrument, openFresh } from './user-waits';

const FIRST_PORT = 4183;

export interface AppLoad {
  /** Navigation start → shown and interactive, wall clock. */
  readonly ms: number;
  /** The renderer main thread's CPU time over the same span. */
  readonly cpuMs: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly tdur?: number;
  readonly args?: { readonly data?: { readonly documentLoaderURL?: string } };
}

/** CPU time of the page's main thread (the thread that navigated to `url`) from navigation start for `spanMs`. */
export function mainThreadCpuMs(events: readonly TraceEvent[], url: string, spanMs: number): number {
  const navigation = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url);
  if (!navigation) return Number.NaN;
  const end = navigation.ts + spanMs * 1000;
  return (
    events
      .filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && event.pid === navigation.pid && event.tid === navigation.tid)
      .filter((task) => task.ts >= navigation.ts && task.ts < end)
      .reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000
  );
}

/** Loads per build, in the order of `outDirs`. */
export async function measureAppLoad(root: string, repetitions: number, outDirs: readonly string[] = ['out/web']): Promise<AppLoad[][]> {
  const outs = outDirs.map((dir) => path.resolve(root, dir));
  for (const out of outs) if (!existsSync(path.join(out, 'index.html'))) throw new Error(`${out}/index.html missing: run npm run build:web`);
  const { chromium } = await import('@playwright/test');
  const servers = outs.map((out, i) =>
    spawn(
      process.execPath,
      [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'vite.web.config.ts', '--outDir', out, '--host', '127.0.0.1', '--port', String(FIRST_PORT + i), '--strictPort'],
      { cwd: root, stdio: 'ignore' },
    ),
  );
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const loads: AppLoad[][] = outs.map(() => []);
  try {
    for (let rep = 0; rep < repetitions; rep++) {
      for (let i = 0; i < outs.length; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const page = await context.newPage();
          // tsx names functions with a __name helper the page lacks; a no-op stands in.
          await page.addInitScript({ content: `globalThis.__name = (f) => f; (${instrument.toString()})();` });
          await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
          const url = `http://127.0.0.1:${FIRST_PORT + i}/`;
          const ms = await openFresh(page, url);
          const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
          loads[i]!.push({ ms, cpuMs: mainThreadCpuMs(trace.traceEvents, url, ms) });
        } finally {
          await context.close().catch(() => {});
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    for (const server of servers) server.kill();
  }
  return loads;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const outDirs = process.argv.length > 3 ? process.argv.slice(3) : ['out/web'];
  const { loadavg } = await import('node:os');
  const before = loadavg()[0]!;
  const loads = await measureAppLoad(root, Number(process.argv[2] ?? 7), outDirs);
  const after = loadavg()[0]!;
  outDirs.forEach((dir, i) => {
    const ms = loads[i]!.map((load) => load.ms);
    const cpu = loads[i]!.map((load) => load.cpuMs);
    console.log(`app load ${dir}: median ${median(ms).toFixed(0)} ms  [${ms.map((v) => v.toFixed(0)).join(', ')}]`);
    console.log(`  main-thread CPU: median ${median(cpu).toFixed(0)} ms  [${cpu.map((v) => v.toFixed(0)).join(', ')}]`);
  });
  console.log(`(1-minute load average ${before.toFixed(2)} at the start, ${after.toFixed(2)} at the end)`);
}
