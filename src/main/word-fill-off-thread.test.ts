/**
 * Word templates are filled on a worker thread, not on main's event loop (issue 17 items 5 and 6):
 * the worker fills a real letterhead, a template that is not a .docx comes back as its own error, and
 * a worker that never answers or runs out of its heap is stopped with a message. An imported template's
 * placeholders are read on the same kind of worker.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { composeBriefing } from '../core/compose/compose-briefing';
import { describe as describeMessage } from '../core/i18n/describe';
import { createTranslator } from '../core/i18n/translator';
import { extractStatement } from '../core/extract/extract-statement';
import { importText } from '../core/import/text-importer';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { fillWordTemplateOffThread, scanWordTemplateOffThread } from './word-fill-off-thread';

// Each worker compiles the filler from source through tsx: seconds on a loaded machine.
vi.setConfig({ testTimeout: 90_000 });

const worker = { path: new URL('./testing/typescript-worker.mjs', import.meta.url), workerData: { entry: new URL('./word-fill-worker.ts', import.meta.url).href } };
const template = findBuiltInTemplate('briefing-note')!;
const structured = extractStatement(importText(await readFile('resources/samples/canada-rok-fdmm-2024.txt', 'utf8')));
const briefing = composeBriefing(structured, template);
const letterhead = new Uint8Array(await readFile('tests/fixtures/word-templates/letterhead.docx'));

/** A worker module given as source: what a hung or runaway fill looks like from main. */
const workerOf = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(source)}`);

describe('fillWordTemplateOffThread', () => {
  it('fills the letterhead on a worker thread and hands back the .docx, the caller’s bytes untouched', async () => {
    const note = { ...briefing, metadata: { ...briefing.metadata, title: 'Readout for the Deputy Minister' } };
    const filled = await fillWordTemplateOffThread(letterhead, { briefing: note, template, meeting: structured.meeting }, worker);
    const xml = await (await JSZip.loadAsync(filled)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Global Affairs Canada — Asia-Pacific Branch');
    expect(xml).toContain('Readout for the Deputy Minister');
    expect(xml).not.toContain('{{title}}');
    expect(letterhead.byteLength).toBeGreaterThan(0); // copied to the worker, not transferred away
  });

  it('reports the filler’s own error for bytes that are not a .docx', async () => {
    await expect(fillWordTemplateOffThread(new TextEncoder().encode('not a zip'), { briefing, template }, worker)).rejects.toThrow(/ZIP|zip/);
  });

  it('stops a worker that never answers, after the timeout', async () => {
    const hung = { path: workerOf("import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => {});"), timeoutMs: 300 };
    const stopped = await fillWordTemplateOffThread(letterhead, { briefing, template }, hung).catch((error: unknown) => error);
    expect((stopped as Error).message).toMatch(/took longer than 0 seconds, so it was stopped/);
    // The officer reads it in the interface's language (register-word-templates.ts describes it).
    expect(describeMessage(stopped, createTranslator('fr'))).toBe('son remplissage a pris plus de 0\u00a0secondes, il a donc été arrêté');
  });

  it('stops a worker that wants more memory than its heap allows', async () => {
    const greedy = { path: workerOf("const kept = []; for (;;) kept.push(new Array(100000).fill({ x: kept.length }));"), heapMb: 32 };
    await expect(fillWordTemplateOffThread(letterhead, { briefing, template }, greedy)).rejects.toThrow(/more memory than a Word template may use/);
  });

  it('reads an imported template’s placeholders on a worker thread', async () => {
    const keys = await scanWordTemplateOffThread(letterhead, template, 'letterhead.docx', worker);
    expect(keys).toContain('title');
    expect(keys).toContain('participants');
  });

  it('reports a scanned file that is not a .docx by its name', async () => {
    await expect(scanWordTemplateOffThread(new TextEncoder().encode('not a zip'), template, 'notes.docx', worker)).rejects.toThrow(/notes\.docx/);
  });

  it('stops a scan that never answers, after the timeout', async () => {
    const hung = { path: workerOf("import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => {});"), timeoutMs: 300 };
    await expect(scanWordTemplateOffThread(letterhead, template, 'letterhead.docx', hung)).rejects.toThrow(/took longer than 0 seconds/);
  });
});
