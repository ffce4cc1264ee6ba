/**
 * The export worker gives the officer's jobs the thread: the warm-up it runs when the page first
 * idles writes nothing while the preview's font check or an export is in progress (CI once saw the
 * font warning take over 5 s behind the warm-up on a busy 2-core machine).
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { applyTemplate } from '../../../core/layout/apply-template';
import type { DocModel } from '../../../core/model/doc-model';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { ExportJob, ExportJobResult } from './export-worker';

const events: string[] = [];
const officersDocs = new WeakSet<DocModel>();

vi.mock('../../../core/write/writers', async (importOriginal) => {
  const { writers } = await importOriginal<typeof import('../../../core/write/writers')>();
  const traced = Object.fromEntries(
    Object.entries(writers).map(([format, writer]) => [
      format,
      {
        ...writer,
        write: async (doc: DocModel, assets: Parameters<typeof writer.write>[1]) => {
          const who = officersDocs.has(doc) ? 'officer' : 'warm-up';
          events.push(`${who} ${format} start`);
          const bytes = await writer.write(doc, assets);
          events.push(`${who} ${format} end`);
          return bytes;
        },
      },
    ]),
  );
  return { writers: traced };
});

describe('export worker', () => {
  it('answers the font check and the export before the warm-up writes anything', async () => {
    const results = new Map<number, ExportJobResult>();
    const scope = {
      onmessage: null as ((event: { data: ExportJob }) => Promise<void>) | null,
      postMessage(message: ExportJobResult) {
        events.push(`posted ${message.id}`);
        results.set(message.id, message);
      },
    };
    vi.stubGlobal('self', scope);
    // The page's fonts are same-origin URLs (/resources/fonts/…); here they are read from the repository.
    const repository = path.resolve(import.meta.dirname, '../../../..');
    vi.stubGlobal('fetch', async (url: string) => new Response(new Uint8Array(await readFile(path.join(repository, url)))));
    await import('./export-worker');
    const template = findBuiltInTemplate('briefing-note')!;
    const item = (id: string, text: string) => ({ id, text, originalText: text, attribution: '', included: true, source: null });
    const doc = applyTemplate(
      {
        templateId: template.id,
        language: template.language,
        metadata: { title: 'Meeting with Minister สมชาย', date: '2026-12-05', classification: 'UNCLASSIFIED', purpose: 'information', fileNumber: '', preparedBy: '', sourceComments: false },
        sections: template.sections.map((section) => ({ ...section, included: true, items: [item(`${section.id}-1`, 'The ministers met.')] })),
      },
      template,
    );
    officersDocs.add(doc);

    const done = [
      scope.onmessage!({ data: { id: 1, kind: 'warm' } }),
      scope.onmessage!({ data: { id: 2, kind: 'note', format: 'docx', doc, checkOnly: true } }),
      scope.onmessage!({ data: { id: 3, kind: 'note', format: 'pdf', doc } }),
    ];
    await Promise.all(done);

    expect(events.filter((event) => event.startsWith('posted'))).toEqual(['posted 2', 'posted 3', 'posted 1']);
    const firstWarmWrite = events.indexOf('warm-up docx start');
    expect(firstWarmWrite).toBeGreaterThan(events.indexOf('posted 3'));
    // The check wrote nothing and named the Thai letters; the export wrote a PDF and named them too.
    const check = results.get(2)!;
    const exported = results.get(3)!;
    expect(check.ok && check.bytes.length).toBe(0);
    expect(check.ok && check.unsupported).toContain('ส');
    expect(exported.ok && new TextDecoder('latin1').decode(exported.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(exported.ok && exported.unsupported).toEqual(check.ok && check.unsupported);
    expect(events).not.toContain('officer docx start');
    expect(results.get(1)).toMatchObject({ ok: true });
    vi.unstubAllGlobals();
  });
});
