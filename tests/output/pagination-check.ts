/**
 * Do the PDF and the DOCX break pages alike? (issue 13 item 6.) Renders built-in templates ×
 * statements through the same core calls as the CLI (buildNote, then each writer), converts every
 * DOCX to PDF in LibreOffice calls of 100 files each (a process start costs ~1 s; a batched file
 * ~0.2 s), then reads both PDFs page by page with pdftotext and compares: the page count,
 * the first words of every page, and on each side that no page is empty of body text, no heading is
 * a page's last line, and the "Prepared by" line never starts a page (it is never alone, and always
 * kept with what precedes it).
 *
 * Shared by tests/output/pagination.test.ts (a fixed sample of the real corpus, in CI) and
 * scripts/check-pagination.ts (every statement of the corpus).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importStatement } from '../../src/core/import/importers';
import type { BriefingMetadata } from '../../src/core/model/briefing';
import type { DocModel } from '../../src/core/model/doc-model';
import type { Template } from '../../src/core/model/template';
import { buildNote } from '../../src/core/pipeline';
import { listBuiltInTemplates } from '../../src/core/templates/template-loader';
import { writers } from '../../src/core/write/writers';
import { loadFontFiles } from '../../src/node/font-files';
import { repoRoot } from './render-built-ins';

export interface StatementCase {
  /** Short name used in file names and reports. */
  readonly id: string;
  readonly file: string;
  /** Metadata beyond the fixed date, author and file number (a decision note, an approver). */
  readonly metadata?: Partial<BriefingMetadata>;
  /** Only through templates of this language (corpus statements); undefined = every template. */
  readonly language?: 'en' | 'fr';
}

const FIXED_METADATA: Partial<BriefingMetadata> = { date: '2024-11-27', preparedBy: 'J. Tremblay, Korea Desk', fileNumber: 'BN-2024-0417' };

/** The statements every built-in renders in both the CI check and the full run. */
export const FIXED_STATEMENTS: readonly StatementCase[] = [
  { id: 'sample', file: path.join(repoRoot, 'resources', 'samples', 'canada-rok-fdmm-2024.txt') },
  { id: 'fr-release', file: path.join(repoRoot, 'tests', 'fixtures', 'genre-samples', 'fr-homologue.txt') },
  // A French statement that is one quotation of three paragraphs.
  { id: 'fr-declaration', file: path.join(repoRoot, 'tests', 'fixtures', 'genre-samples', 'fr-declaration.txt') },
  { id: 'joint-24', file: path.join(repoRoot, 'tests', 'output', 'statements', 'joint-statement-24-governments.txt') },
  {
    id: 'decision',
    file: path.join(repoRoot, 'resources', 'samples', 'canada-rok-fdmm-2024.txt'),
    metadata: { purpose: 'decision', approvedBy: 'A. Martin, Director General, North Asia', to: 'Deputy Minister', from: 'Asia Pacific Branch' },
  },
];

const corpusDir = path.join(repoRoot, 'corpus', 'real');

/** Every statement of the real corpus, with its language from its annotation. */
export function corpusStatements(): StatementCase[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      const annotation = JSON.parse(readFileSync(path.join(corpusDir, `${id}.json`), 'utf8')) as { source: { language: 'en' | 'fr' } };
      return { id, file: path.join(corpusDir, name), language: annotation.source.language };
    });
}

/**
 * The fixed sample of the corpus CI checks: every sixth statement by id (17 English, 6 French), and
 * the longest of each language, so all 8 built-ins stay under two minutes on CI's 2 cores.
 */
export function corpusSample(): StatementCase[] {
  const all = corpusStatements();
  const sample = all.filter((_, index) => index % 6 === 0);
  for (const language of ['en', 'fr'] as const) {
    const longest = all.filter((s) => s.language === language).sort((a, b) => readFileSync(b.file).length - readFileSync(a.file).length)[0];
    if (longest && !sample.includes(longest)) sample.push(longest);
  }
  return sample;
}

export interface RenderCase {
  readonly name: string;
  readonly template: Template;
  readonly doc: DocModel;
  readonly pdf: string;
  readonly docx: string;
}

/** Renders every (template, statement) pair to DOCX and PDF in outDir, as the CLI would. */
export async function renderCases(statements: readonly StatementCase[], outDir: string, templates: readonly Template[] = listBuiltInTemplates()): Promise<RenderCase[]> {
  mkdirSync(outDir, { recursive: true });
  const fonts = await loadFontFiles(path.join(repoRoot, 'resources'));
  const imported = new Map<string, Awaited<ReturnType<typeof importStatement>>>();
  const cases: RenderCase[] = [];
  for (const statement of statements) {
    if (!imported.has(statement.file)) imported.set(statement.file, await importStatement(new Uint8Array(readFileSync(statement.file)), path.basename(statement.file)));
    const input = imported.get(statement.file)!;
    for (const template of templates) {
      if (statement.language && statement.language !== template.language) continue;
      const note = buildNote(input.statement, template, { metadata: { ...FIXED_METADATA, ...statement.metadata }, ...(input.structured ? { structured: input.structured } : {}) });
      const name = `${template.id}--${statement.id}`;
      const pdf = path.join(outDir, `${name}.pdf`);
      const docx = path.join(outDir, `${name}.docx`);
      writeFileSync(pdf, await writers.pdf.write(note.doc, { fonts }));
      writeFileSync(docx, await writers.docx.write(note.doc, { fonts }));
      cases.push({ name, template, doc: note.doc, pdf, docx });
    }
  }
  return cases;
}

/**
 * A fontconfig setup that adds the bundled fonts to the machine's, so LibreOffice finds what a GC
 * desktop has: the DOCX names Arial, and fontconfig's metric aliases (30-metric-aliases.conf) draw
 * Arial with Liberation Sans, the same widths. Without it a machine with no Liberation or Arial
 * (Debian without fonts-liberation2, as CI) lays the DOCX out in DejaVu Sans, ~8 % wider, and every
 * comparison measures the missing font instead of the writers.
 */
export function fontconfigWithBundledFonts(dir: string): string {
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${path.join(repoRoot, 'resources', 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

/** Files per LibreOffice process: one start (~1 s) per batch, and a crash loses at most one batch. */
const BATCH = 100;

/** All the DOCX files to PDF in as few LibreOffice processes as can be (into loDir, same base names), with the bundled fonts installed. */
export function convertWithLibreOffice(docxFiles: readonly string[], loDir: string, retry = true): void {
  if (docxFiles.length > BATCH) {
    for (let start = 0; start < docxFiles.length; start += BATCH) convertWithLibreOffice(docxFiles.slice(start, start + BATCH), loDir, retry);
    return;
  }
  mkdirSync(loDir, { recursive: true });
  const result = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${loDir}/profile`, '--convert-to', 'pdf', '--outdir', loDir, ...docxFiles], {
    encoding: 'utf8',
    timeout: 20 * 60_000,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigWithBundledFonts(loDir) },
  });
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
  // On a loaded machine LibreOffice now and then skips a file of a long batch: convert those once more.
  const missing = docxFiles.filter((docx) => !existsSync(path.join(loDir, `${path.basename(docx, '.docx')}.pdf`)));
  if (missing.length > 0 && retry) convertWithLibreOffice(missing, loDir, false);
}

// pdfmake draws a bullet as a shape, LibreOffice as the character "•": neither counts as text.
const normalise = (line: string) => line.replace(/\s+/g, ' ').trim().replace(/^[•◦▪] ?/, '');

/** Each page's lines of body text: pdftotext's text with the marking and the page number lines removed. */
export function bodyLinesByPage(pdf: string, doc: DocModel): string[][] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  const marking = doc.furniture.marking ? normalise(doc.furniture.marking) : null;
  const format = doc.furniture.pageNumberFormat;
  const pageLabel = format ? new RegExp(`^${format.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('\\{page\\}', '\\d+').replace('{page}', '\\d+').replace('{pages}', '\\d+')}$`) : null;
  return pages.map((page) =>
    page
      .split('\n')
      .map(normalise)
      .filter((line) => line !== '' && line !== marking && !(pageLabel && pageLabel.test(line))),
  );
}

/** The first words of a line: enough to tell where a page starts, without depending on how far the line runs. */
const opening = (line: string | undefined) => (line ?? '').split(' ').slice(0, 6).join(' ');

export interface PageProblem {
  readonly name: string;
  readonly problems: readonly string[];
}

function headingTexts(doc: DocModel): string[] {
  return doc.blocks.flatMap((block) => (block.kind === 'heading' || block.kind === 'title' ? [normalise(block.text)] : []));
}

/** The label the closing block starts with ("Prepared by", « Préparée par »). */
function closingLabel(doc: DocModel): string | null {
  const closing = doc.blocks.find((block) => block.kind === 'paragraph' && block.role === 'closing');
  return closing && closing.kind === 'paragraph' ? normalise(closing.runs[0]?.text ?? '').replace(/\s*:\s*$/, '') : null;
}

/** What is wrong with one rendering's pages on its own (either side). */
export function ownProblems(pages: readonly (readonly string[])[], doc: DocModel, side: string): string[] {
  const problems: string[] = [];
  const headings = headingTexts(doc);
  const closing = closingLabel(doc);
  pages.forEach((lines, index) => {
    const page = index + 1;
    if (lines.length === 0) {
      problems.push(`${side}: page ${page} has no body text`);
      return;
    }
    const last = lines[lines.length - 1]!;
    if (index < pages.length - 1 && headings.some((heading) => heading === last || (last.length >= 8 && heading.endsWith(last)))) {
      problems.push(`${side}: page ${page} ends with the heading "${last}"`);
    }
    if (closing && lines[0]!.startsWith(closing)) problems.push(`${side}: page ${page} starts with "${closing}" (the signature block is cut off from what precedes it)`);
  });
  return problems;
}

export interface Comparison {
  readonly name: string;
  readonly ourPages: number;
  readonly loPages: number;
  /** Page count or first words of some page differ. */
  readonly breaksDiffer: boolean;
  readonly problems: readonly string[];
}

export function compareCase(rendered: RenderCase, loPdf: string): Comparison {
  if (!existsSync(loPdf)) return { name: rendered.name, ourPages: 0, loPages: 0, breaksDiffer: true, problems: ['LibreOffice did not convert the DOCX'] };
  const ours = bodyLinesByPage(rendered.pdf, rendered.doc);
  const lo = bodyLinesByPage(loPdf, rendered.doc);
  const problems = [...ownProblems(ours, rendered.doc, 'PDF'), ...ownProblems(lo, rendered.doc, 'DOCX')];
  let breaksDiffer = false;
  if (ours.length !== lo.length) {
    breaksDiffer = true;
    problems.push(`page count: PDF ${ours.length}, DOCX ${lo.length}`);
  }
  for (let page = 1; page < Math.min(ours.length, lo.length); page++) {
    const a = opening(ours[page]![0]);
    const b = opening(lo[page]![0]);
    if (a !== b) {
      breaksDiffer = true;
      problems.push(`page ${page + 1} starts: PDF "${a}…", DOCX "${b}…"`);
    }
  }
  return { name: rendered.name, ourPages: ours.length, loPages: lo.length, breaksDiffer, problems };
}

/** Renders, converts and compares; the comparisons in the order of the cases. */
export async function checkPagination(statements: readonly StatementCase[], outDir: string): Promise<Comparison[]> {
  const cases = await renderCases(statements, path.join(outDir, 'ours'));
  const loDir = path.join(outDir, 'libreoffice');
  convertWithLibreOffice(
    cases.map((c) => c.docx),
    loDir,
  );
  return cases.map((c) => compareCase(c, path.join(loDir, `${c.name}.pdf`)));
}

export function summarise(comparisons: readonly Comparison[]): string {
  const differing = comparisons.filter((c) => c.breaksDiffer).length;
  const withProblems = comparisons.filter((c) => c.problems.length > 0);
  return [
    `${comparisons.length} renders; ${differing} break pages differently (page count or a page's first words); ${withProblems.length} with any problem`,
    ...withProblems.map((c) => `  ${c.name} (PDF ${c.ourPages} p., DOCX ${c.loPages} p.): ${c.problems.join('; ')}`),
  ].join('\n');
}
