/**
 * Validates what users receive, with the tools their departments use (issue 5): for every built-in
 * template and the sample statement, LibreOffice opens and converts the DOCX and finds its headings;
 * qpdf finds the PDF well formed; pdftotext finds the marking and "Page X of Y" on every page and the
 * page count the template is expected to produce; page 1 matches its committed reference image.
 * CI installs the Debian tools (.ci/run); without them this test fails, it does not skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBuiltInTemplates } from '../../src/core/templates/template-loader';
import { sectionPrints } from '../../src/core/model/briefing';
import { buildCli, firstPagePng, referencesDir, renderBuiltIns, type RenderedNote } from './render-built-ins';

/** Pages the sample statement fills with each built-in; a new template adds its line. */
const EXPECTED_PAGES: Record<string, number> = {
  'briefing-note': 2,
  'note-information': 2,
  'meeting-readout': 2,
  'compte-rendu': 2,
  'media-lines': 2,
  'lignes-medias': 2,
  'one-page-summary': 1,
  'resume-une-page': 1,
};
/** A pixel differs when its grey level moves by more than this; the page differs when over 0.05 % of pixels do (changing only the marking moves 0.13 %). */
const PIXEL_THRESHOLD = 48;
const MAX_DIFFERENT_FRACTION = 0.0005;

function requireTool(name: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
  if (!found) throw new Error(`${name} is not installed; run .ci/run or apt-get install libreoffice-writer-nogui qpdf poppler-utils`);
}

function pdfText(pdf: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' });
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

function expectInOrder(text: string, expected: readonly string[]): void {
  const flat = text.replace(/\s+/g, ' ');
  let last = -1;
  for (const item of expected) {
    const at = flat.indexOf(item, last + 1);
    expect(at, `"${item}" after position ${last}`).toBeGreaterThan(last);
    last = at;
  }
}

let notes: RenderedNote[];
let workDir: string;

beforeAll(() => {
  for (const tool of ['soffice', 'qpdf', 'pdftotext', 'pdfinfo', 'pdftoppm']) requireTool(tool);
  buildCli();
  workDir = mkdtempSync(path.join(os.tmpdir(), 'briefwright-output-'));
  notes = renderBuiltIns(workDir);
}, 120_000);

describe.each(listBuiltInTemplates().map((template) => [template.id, template] as const))('built-in template %s', (id, template) => {
  const note = () => notes.find((n) => n.templateId === id)!;
  // The headings the note prints (a Recommendation only on a decision note; the sample is rendered with the template's purpose).
  const headings = template.sections.filter((section) => sectionPrints({ kind: section.kind, included: true }, template.defaults.purpose)).map((section) => section.heading);
  const marking = template.labels.markings.UNCLASSIFIED ?? 'UNCLASSIFIED';
  const pageLabel = (page: number, pages: number) => template.furniture.pageNumberFormat.replace('{page}', String(page)).replace('{pages}', String(pages));

  it('PDF: qpdf --check passes', () => {
    const result = spawnSync('qpdf', ['--check', note().pdf], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors');
  });

  it('PDF: the marking and page X of Y on every page, the expected page count, the headings in order', () => {
    const pages = pageCount(note().pdf);
    expect(EXPECTED_PAGES[id], `add ${id} to EXPECTED_PAGES`).toBeDefined();
    expect(pages).toBe(EXPECTED_PAGES[id]);
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(note().pdf, page);
      expect(text.split(marking).length - 1, `marking on page ${page}`).toBe(2);
      expect(text).toContain(pageLabel(page, pages));
    }
    expectInOrder(pdfText(note().pdf), headings);
  });

  it('DOCX: LibreOffice converts it without error, with the headings in order and the marking on every page', () => {
    const outDir = mkdtempSync(path.join(workDir, 'lo-'));
    const result = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/profile`, '--convert-to', 'pdf', '--outdir', outDir, note().docx], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    const converted = path.join(outDir, `${id}.pdf`);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(converted), result.stdout + result.stderr).toBe(true);
    expectInOrder(pdfText(converted), headings);
    const pages = pageCount(converted);
    for (let page = 1; page <= pages; page++) expect(pdfText(converted, page)).toContain(marking);
    expect(pdfText(converted, pages)).toContain(pageLabel(pages, pages));
  }, 120_000);

  it('PDF: page 1 matches the committed reference image (npm run visual:update after an intended change)', () => {
    const reference = path.join(referencesDir, `${id}-page1.png`);
    expect(existsSync(reference), `no reference image ${reference}; run npm run visual:update`).toBe(true);
    const expected = PNG.sync.read(readFileSync(reference));
    const actual = PNG.sync.read(readFileSync(firstPagePng(note().pdf, path.join(workDir, `${id}-page1`))));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    let different = 0;
    for (let i = 0; i < actual.data.length; i += 4) {
      if (Math.abs(actual.data[i]! - expected.data[i]!) > PIXEL_THRESHOLD) different++;
    }
    const fraction = different / (actual.width * actual.height);
    expect(fraction, `${(fraction * 100).toFixed(2)} % of pixels differ`).toBeLessThanOrEqual(MAX_DIFFERENT_FRACTION);
  });
});
