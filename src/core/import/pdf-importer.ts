/**
 * PDF importer: a PDF with a text layer → Statement. unpdf (a bundled, serverless build of pdf.js)
 * gives the positioned text items of each page; this file rebuilds lines from them, then paragraphs
 * from the vertical gaps between lines, and rejoins the hard line breaks of the layout inside each
 * paragraph. Sentences that a PDF wraps over two lines would otherwise reach the extractors cut in
 * half; paragraphs must survive too, because closing quote blocks and list items are paragraphs.
 * unpdf loads on the first PDF only, not with every import of the registry.
 */
import { MAX_PDF_INFLATED_BYTES } from '../limits';
import type { StatementImporter } from './importer-types';
import { checkPdfInflatedSize, PdfStreamLimitError } from './pdf-stream-limit';
import { ImportError, importText } from './text-importer';
import { nameOrTheFile, userMessage } from '../i18n/user-message';

interface PdfLine {
  readonly text: string;
  readonly y: number;
  readonly height: number;
}

interface TextItem {
  readonly str: string;
  readonly y: number;
  readonly height: number;
  readonly hasEOL: boolean;
}

function linesOf(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let y = Number.NaN;
  let height = 0;
  const close = (): void => {
    if (text.trim() !== '') lines.push({ text: text.replace(/\s+$/u, ''), y, height });
    text = '';
    y = Number.NaN;
    height = 0;
  };
  for (const item of items) {
    // A new baseline without an end-of-line mark is still a new line.
    if (text !== '' && item.str.trim() !== '' && Math.abs(item.y - y) > Math.max(2, height / 2)) close();
    if (item.str.trim() !== '' && Number.isNaN(y)) y = item.y;
    if (item.str.trim() !== '') height = Math.max(height, item.height);
    text += item.str;
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const BULLET = /^\s*(?:[•●▪◦‣∙*]|[-–—]\s|\(?(?:\d{1,3}|[a-z])[.)]\s)/u;
const ENDS_SENTENCE = /[.!?…:;»”"’)]\s*$/u;

/** Join two lines of one paragraph: "co-" + "operation" keeps the hyphen, everything else gets a space. */
function joinLine(paragraph: string, line: string): string {
  return /\p{L}-$/u.test(paragraph) ? paragraph + line.trimStart() : `${paragraph} ${line.trimStart()}`;
}

/** Pages of lines → paragraphs. A paragraph ends at a gap taller than the usual line step, or at a bullet. */
export function paragraphsFromLines(pages: readonly (readonly PdfLine[])[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  // The usual line step over the whole document: a short last page has too few lines to tell.
  const steps = pages.flatMap((lines) => lines.slice(1).map((line, i) => (lines[i] as PdfLine).y - line.y).filter((step) => step > 0));
  const step = median(steps) || 12;
  for (const [pageIndex, lines] of pages.entries()) {
    for (const [i, line] of lines.entries()) {
      const previous = i > 0 ? (lines[i - 1] as PdfLine) : null;
      let breaks: boolean;
      if (current === '') breaks = false;
      else if (previous === null) breaks = pageIndex > 0 && ENDS_SENTENCE.test(current); // page break: a sentence may continue
      else breaks = previous.y - line.y > step * 1.4 || previous.y - line.y < 0 || BULLET.test(line.text);
      if (breaks) {
        paragraphs.push(current);
        current = '';
      }
      current = current === '' ? line.text.trim() : joinLine(current, line.text);
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** The "%PDF" signature, within the first kilobyte as readers allow (some files have junk before it). */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let at = head.indexOf(0x25); at !== -1 && at + 4 <= head.length; at = head.indexOf(0x25, at + 1)) {
    if (head[at + 1] === 0x50 && head[at + 2] === 0x44 && head[at + 3] === 0x46) return true;
  }
  return false;
}

async function importPdf(bytes: Uint8Array, fileName?: string) {
  const name = nameOrTheFile(fileName);
  // Named .pdf but not one (a text file renamed): say so, rather than "damaged or password-protected".
  if (!isPdf(bytes)) throw new ImportError(userMessage('import.notPdf', { name }));
  // Before pdf.js: a small PDF may inflate to hundreds of megabytes, which pdf.js would parse whole.
  try {
    checkPdfInflatedSize(bytes, MAX_PDF_INFLATED_BYTES);
  } catch (error) {
    if (error instanceof PdfStreamLimitError) throw new ImportError(userMessage('import.pdfRefused', { name, reason: error.userMessage ?? error.message }));
    throw error;
  }
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  let pages: TextItem[][];
  try {
    // pdf.js takes ownership of the buffer it is given; a copy leaves the caller's bytes intact.
    // Verbosity 0: errors only — its repair warnings would otherwise reach the CLI's output.
    const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pages = (await extractTextItems(document)).items;
    } finally {
      await document.loadingTask.destroy();
    }
  } catch {
    throw new ImportError(userMessage('import.pdfUnreadable', { name }));
  }
  const paragraphs = paragraphsFromLines(pages.map(linesOf));
  if (paragraphs.length === 0) throw new ImportError(userMessage('import.pdfNoText', { name }));
  // Blank-line-separated paragraphs: importText takes a short first one as the title, as for a .txt.
  return { statement: importText(paragraphs.join('\n\n')) };
}

export const pdfImporter: StatementImporter = {
  extensions: ['.pdf'],
  sniff: (bytes) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46, // %PDF
  importBytes: importPdf,
};
