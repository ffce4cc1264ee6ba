/**
 * PDF writer (pdfmake 0.3): the same note as the DOCX, from the same DocModel and DocStyles, with
 * bundled TTF fonts embedded (never fetched), the marking and "Page X of Y" on every page, bookmarks
 * from headings, and document metadata. Headings move to the next page rather than end one, and
 * quotes are never split across pages.
 */
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocModel, TextRun as ModelRun } from '../model/doc-model';
import { assertNever, pageDimensions } from '../model/doc-model';
import { segmentByFont } from './font-coverage';
import { FONT_FILE_NAMES, type FontFiles } from './writer';

/** The part of pdfmake's node and browser builds this writer uses: both carry a virtual file system. */
interface PdfMakeEngine {
  /** Given bytes and no encoding, both builds store the bytes as they are; fontkit reads a Uint8Array. */
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void; existsSync(name: string): boolean };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
  setUrlAccessPolicy?(callback: (url: string) => boolean): void;
  setLocalAccessPolicy?(callback: (path: string) => boolean): void;
}

const engine = pdfmake as unknown as PdfMakeEngine;
// Nothing in a note is ever fetched or read from disk: fonts come in as bytes.
engine.setUrlAccessPolicy?.(() => false);
engine.setLocalAccessPolicy?.(() => false);

const registeredFonts = new WeakSet<Uint8Array>();

/** Put the font bytes into pdfmake's virtual file system once per byte array (fonts are cached by the caller). */
function registerFonts(fonts: FontFiles): void {
  const dictionary: Record<string, Record<string, string>> = {};
  for (const [family, faces] of Object.entries(fonts)) {
    if (!faces) continue;
    const names = FONT_FILE_NAMES[family as keyof typeof FONT_FILE_NAMES];
    const entry: Record<string, string> = {};
    for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
      const fileName = `fonts/${names[face]}`;
      if (!registeredFonts.has(faces[face]) || !engine.virtualfs.existsSync(fileName)) {
        engine.virtualfs.writeFileSync(fileName, faces[face]);
        registeredFonts.add(faces[face]);
      }
      entry[face] = fileName;
    }
    dictionary[family] = entry;
  }
  engine.setFonts(dictionary);
}

/** Text with the characters the document font lacks handed to a bundled fallback font. */
type Texter = (text: string) => Content;

function makeTexter(doc: DocModel, fonts: FontFiles): Texter {
  return (text) => {
    const segments = segmentByFont(text, doc.styles.font, fonts);
    if (segments.length === 1 && segments[0]!.fallback === null) return text as Content;
    return segments.map((segment) => (segment.fallback ? { text: segment.text, font: segment.fallback } : segment.text)) as Content;
  };
}

function inline(runs: readonly ModelRun[], texter: Texter): Content {
  return { text: runs.map((run) => ({ text: texter(run.text), bold: run.bold, italics: run.italic })) } as Content;
}

function blockContent(block: Block, doc: DocModel, texter: Texter): Content {
  const { styles } = doc;
  const kind = block.kind;
  switch (kind) {
    case 'title':
      return { text: texter(block.text), outlineText: block.text, style: 'title', outline: true } as Content;
    case 'heading':
      return {
        text: texter(block.text),
        outlineText: block.text,
        style: block.level === 1 ? 'heading1' : 'heading2',
        outline: true,
      } as Content;
    case 'paragraph':
      return { ...(inline(block.runs, texter) as object), style: block.role === 'closing' ? 'closing' : 'normal' } as Content;
    case 'list': {
      // An item is never split across pages (Word's widow and orphan control does the same).
      const items = block.items.map((item) => ({ stack: [inline(item, texter)], unbreakable: true, margin: [0, 0, 0, styles.listItemAfter] }) as Content);
      return block.ordered
        ? { ol: items, start: block.start ?? 1, style: 'list', markerColor: styles.headingColor }
        : { ul: items, style: 'list', markerColor: styles.headingColor };
    }
    case 'quote':
      return {
        unbreakable: true,
        stack: [
          { text: texter(block.text), style: 'quote' },
          ...(block.attribution ? [{ text: texter(`— ${block.attribution}`), style: 'quoteAttribution' }] : []),
        ],
      } as Content;
    case 'table':
      return {
        style: 'table',
        layout: 'noBorders',
        table: {
          widths: block.columnWidths.map((fraction) => `${(fraction * 100).toFixed(2)}%`),
          headerRows: block.header ? 1 : 0,
          body: [
            ...(block.header ? [block.header.map((text) => ({ text: texter(text), bold: true }))] : []),
            ...block.rows.map((row) => row.map((text, i) => ({ text: texter(text), bold: i === 0 && !block.header }))),
          ],
        },
      } as Content;
    default:
      return assertNever(kind);
  }
}

/**
 * Groups each heading with what starts its section (the first item of a list, or the next block),
 * so a heading never ends a page: the group is laid out unbroken, like Word's "keep with next".
 */
export function keepHeadingsWithNext(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if ((block.kind !== 'heading' && block.kind !== 'title') || !next || next.kind === 'heading' || next.kind === 'title') {
      groups.push([block]);
      continue;
    }
    i++;
    if (next.kind === 'list' && next.items.length > 1) {
      const first: Block = { ...next, items: next.items.slice(0, 1), comments: next.comments?.slice(0, 1) };
      const rest: Block = { ...next, items: next.items.slice(1), comments: next.comments?.slice(1), start: (next.start ?? 1) + 1 };
      groups.push([block, first], [rest]);
    } else {
      groups.push([block, next]);
    }
  }
  return groups;
}

export function pdfDefinition(doc: DocModel, fonts: FontFiles = {}): TDocumentDefinitions {
  const { styles, page, furniture, metadata } = doc;
  const texter = makeTexter(doc, fonts);
  const dims = pageDimensions(page);
  const headerTop = page.margins.top / 2;
  // Like Word's footer distance: the footer's last line ends half a margin above the page's edge.
  const everyPage = furniture.markingPlacement === 'every-page';
  const footerLines = (furniture.marking && everyPage ? 1 : 0) + (furniture.pageNumberFormat ? 1 : 0);
  const footerTop = Math.max(0, page.margins.bottom / 2 - footerLines * styles.smallSize * styles.lineSpacing * 1.15);
  const pageNumberText = (current: number, count: number): string =>
    (furniture.pageNumberFormat ?? '').replaceAll('{page}', String(current)).replaceAll('{pages}', String(count));
  const marking = (alignment: 'center' | 'right' = 'center'): Content =>
    furniture.marking
      ? { text: furniture.marking, alignment, bold: true, fontSize: styles.smallSize, color: `#${styles.markingColor}` }
      : { text: '' };

  return {
    pageSize: { width: dims.width, height: dims.height },
    pageMargins: [page.margins.left, page.margins.top, page.margins.right, page.margins.bottom],
    language: metadata.language === 'fr' ? 'fr-CA' : 'en-CA',
    ...(doc.output.pdfA ? { version: '1.7' as const, subset: 'PDF/A-2b' as const } : {}),
    info: {
      title: metadata.title,
      author: metadata.author,
      subject: metadata.subject,
      keywords: metadata.keywords.join(', '),
      creator: 'Briefwright',
      producer: 'Briefwright (pdfmake)',
    },
    header: (currentPage: number) => ({
      margin: [page.margins.left, headerTop, page.margins.right, 0],
      stack: [everyPage ? marking() : currentPage === 1 ? marking('right') : { text: '' }],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      margin: [page.margins.left, footerTop, page.margins.right, 0],
      stack: [
        ...(everyPage ? [marking()] : []),
        ...(furniture.pageNumberFormat
          ? [{ text: pageNumberText(currentPage, pageCount), alignment: 'center', fontSize: styles.smallSize, color: `#${styles.mutedColor}` } as Content]
          : []),
      ],
    }),
    content: keepHeadingsWithNext(doc.blocks).map((group) =>
      group.length === 1 ? blockContent(group[0]!, doc, texter) : ({ stack: group.map((block) => blockContent(block, doc, texter)), unbreakable: true } as Content),
    ),
    defaultStyle: { font: styles.font, fontSize: styles.baseSize, lineHeight: styles.lineSpacing },
    styles: {
      normal: { margin: [0, 0, 0, styles.paragraphAfter] },
      closing: { margin: [0, styles.headingBefore * 1.5, 0, styles.paragraphAfter] },
      title: { fontSize: styles.titleSize, bold: true, color: `#${styles.headingColor}`, margin: [0, styles.headingAfter, 0, styles.headingBefore] },
      heading1: { fontSize: styles.headingSize, bold: true, color: `#${styles.headingColor}`, margin: [0, styles.headingBefore, 0, styles.headingAfter] },
      heading2: { fontSize: styles.baseSize, bold: true, color: `#${styles.headingColor}`, margin: [0, styles.headingAfter * 2, 0, styles.headingAfter] },
      // pdfmake puts the marker at the list's left edge and the text about 12 pt further in; the
      // space after the list is the last item's, as in Word.
      list: { margin: [styles.listMarkerOffset, 0, 0, 0] },
      quote: { italics: true, margin: [styles.quoteIndent, 0, 0, styles.paragraphAfter / 3] },
      quoteAttribution: { color: `#${styles.mutedColor}`, margin: [styles.quoteIndent, 0, 0, styles.paragraphAfter] },
      table: { margin: [0, 0, 0, styles.paragraphAfter] },
    },
  };
}

export async function writePdf(doc: DocModel, fonts: FontFiles): Promise<Uint8Array> {
  if (!fonts[doc.styles.font]) throw new Error(`The font "${doc.styles.font}" is not bundled with this build.`);
  registerFonts(fonts);
  const buffer = await engine.createPdf(pdfDefinition(doc, fonts)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
