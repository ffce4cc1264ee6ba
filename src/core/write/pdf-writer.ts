/**
 * PDF writer (pdfmake 0.3): the same note as the DOCX, from the same DocModel and DocStyles, with
 * bundled TTF fonts embedded (never fetched), the marking and "Page X of Y" on every page, bookmarks
 * from headings, and document metadata. Where pages may break follows the rules every writer shares
 * (layout/pagination-rules.ts), and the spacing and line height are Word's, so the PDF breaks pages
 * where Word breaks the DOCX.
 */
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocModel, TextRun as ModelRun } from '../model/doc-model';
import { assertNever, pageDimensions } from '../model/doc-model';
import { blockTexts } from './doc-text';
import { segmentByFont } from './font-coverage';
import { isApprovalBlock, keepWithNextFlags, quoteParagraphs, unitCount } from '../layout/pagination-rules';
import { FONT_FILE_NAMES, LINE_GAP_FACTOR, TABLE_CELL_PADDING, type FontFiles } from './writer';

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

/** The bytes last written under each font file name of pdfmake's virtual file system. */
const writtenFonts = new Map<string, Uint8Array>();

/**
 * Put the font bytes into pdfmake's virtual file system, once per byte array and file name (fonts are cached by the
 * caller): a file is written again when other bytes come for it, so a family always draws with the faces it is given.
 */
function registerFonts(fonts: FontFiles): void {
  const dictionary: Record<string, Record<string, string>> = {};
  for (const [family, faces] of Object.entries(fonts)) {
    if (!faces) continue;
    const names = FONT_FILE_NAMES[family as keyof typeof FONT_FILE_NAMES];
    const entry: Record<string, string> = {};
    for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
      const fileName = `fonts/${names[face]}`;
      if (writtenFonts.get(fileName) !== faces[face] || !engine.virtualfs.existsSync(fileName)) {
        engine.virtualfs.writeFileSync(fileName, faces[face]);
        writtenFonts.set(fileName, faces[face]);
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

/** A line break in a run (a quotation of several paragraphs in a list item) is one line break, as in the DOCX. */
function inline(runs: readonly ModelRun[], texter: Texter): Content {
  return { text: runs.map((run) => ({ text: texter(run.text.replace(/\s*\n\s*/g, '\n')), bold: run.bold, italics: run.italic })) } as Content;
}

function blockContent(block: Block, doc: DocModel, texter: Texter): Content {
  const { styles } = doc;
  const kind = block.kind;
  switch (kind) {
    case 'title':
      return { text: texter(block.label ? `${block.label} ${block.text}` : block.text), outlineText: block.text, style: 'title', outline: true } as Content;
    case 'heading':
      return {
        text: texter(block.text),
        outlineText: block.text,
        style: block.level === 1 ? 'heading1' : 'heading2',
        outline: true,
      } as Content;
    case 'paragraph':
      return { ...(inline(block.runs, texter) as object), style: block.role === 'closing' ? 'closing' : block.role === 'memo-addressee' || block.role === 'memo-purpose' ? 'memoHeading' : 'normal' } as Content;
    case 'list': {
      // An item is never split across pages (Word's widow and orphan control does the same).
      const items = block.items.map((item, index) => ({ stack: [inline(item, texter)], unbreakable: fitsOnAPage(item.map((run) => run.text).join(''), doc), margin: [0, index > 0 ? styles.listItemAfter : 0, 0, 0] }) as Content);
      return block.ordered
        ? { ol: items, start: block.start ?? 1, style: 'list', markerColor: styles.headingColor }
        : { ul: items, style: 'list', markerColor: styles.headingColor };
    }
    case 'quote':
      return {
        unbreakable: fitsOnAPage(block.text + block.attribution, doc),
        stack: [
          ...quoteParagraphs(block.text).map((paragraph, index) => ({ text: texter(paragraph), style: 'quote', marginTop: index > 0 ? styles.paragraphAfter / 3 : 0 })),
          ...(block.attribution ? [{ text: texter(`— ${block.attribution}`), style: 'quoteAttribution', marginTop: styles.paragraphAfter / 3 }] : []),
        ],
      } as Content;
    case 'table':
      return {
        style: 'table',
        // The approval block is one unit (pagination-rules.ts), as its rows keep with each other in Word.
        ...(isApprovalBlock(block) ? { unbreakable: true } : {}),
        // No rules; the cell padding the DOCX writer gives its cells, so rows are as tall in both.
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => TABLE_CELL_PADDING.right,
          paddingTop: () => TABLE_CELL_PADDING.top,
          paddingBottom: () => TABLE_CELL_PADDING.bottom,
        },
        table: {
          dontBreakRows: true,
          widths: block.columnWidths.map((fraction) => `${(fraction * 100).toFixed(2)}%`),
          headerRows: block.header ? 1 : 0,
          body: [
            ...(block.header ? [block.header.map((text) => ({ text: texter(text), bold: true }))] : []),
            ...block.rows.map((row) => row.map((text, i) => ({ text: texter(text), bold: i === 0 && !block.header && !isApprovalBlock(block) }))),
          ],
        },
      } as Content;
    default:
      return assertNever(kind);
  }
}

/**
 * Whether text surely fits on one page, by a generous estimate (wide characters, a line per break).
 * Only then is it kept together: pdfmake clips an unbreakable node taller than a page, where Word
 * breaks a kept-together paragraph that cannot fit, so an officer's 5-page quotation must stay breakable.
 */
function fitsOnAPage(text: string, doc: DocModel): boolean {
  const { width, height } = pageDimensions(doc.page);
  const { margins } = doc.page;
  const { styles } = doc;
  const lineHeight = styles.baseSize * 1.2 * styles.lineSpacing * LINE_GAP_FACTOR[styles.font];
  const lines = (text.length * styles.baseSize * 0.6) / (width - margins.left - margins.right) + text.split('\n').length + 4;
  return lines * lineHeight < (height - margins.top - margins.bottom) * 0.85;
}

/** A piece of one block laid out as one pdfmake node: the whole block, or a run of its list items or table rows. */
interface Segment {
  readonly block: Block;
  readonly keepWithNext: boolean;
  /** Points of space above and below, as Word spaces paragraphs (see collapse in pdfDefinition). */
  readonly before: number;
  readonly after: number;
}

function slice(block: Block, from: number, to: number): Block {
  if (block.kind === 'list') return { ...block, items: block.items.slice(from, to), comments: block.comments?.slice(from, to), start: (block.start ?? 1) + from };
  // The approval block is one unit: never sliced.
  if (block.kind === 'table' && block.role !== 'approval') {
    // The header row goes with the first segment.
    const headerRows = block.header ? 1 : 0;
    return { ...block, header: from === 0 ? block.header : null, rows: block.rows.slice(Math.max(0, from - headerRows), to - headerRows) };
  }
  return block;
}

function spacing(block: Block, styles: DocModel['styles']): { before: number; after: number } {
  switch (block.kind) {
    case 'title':
      return { before: styles.headingAfter, after: styles.headingBefore };
    case 'heading':
      return block.level === 1 ? { before: styles.headingBefore, after: styles.headingAfter } : { before: styles.headingAfter * 2, after: styles.headingAfter };
    case 'paragraph':
      if (block.role === 'memo-addressee') return { before: 0, after: styles.headingAfter };
      if (block.role === 'memo-purpose') return { before: 0, after: styles.headingAfter };
      return { before: block.role === 'closing' ? styles.headingBefore * 1.5 : 0, after: styles.paragraphAfter };
    case 'list':
      return { before: 0, after: styles.listItemAfter };
    case 'quote':
      return { before: 0, after: block.attribution ? styles.paragraphAfter : styles.paragraphAfter / 3 };
    case 'table':
      return { before: 0, after: 0 };
    default:
      return assertNever(block);
  }
}

/**
 * The blocks as pdfmake nodes under the shared pagination rules (layout/pagination-rules.ts): a
 * list or table whose first unit is kept with the block before it, or whose last unit is kept with
 * the block after it, gives that item or row a segment of its own, so only that unit moves with its
 * neighbour, as Word's keep-with-next moves one paragraph and not the whole list.
 */
export function paginationSegments(blocks: readonly Block[], styles: DocModel['styles']): Segment[][] {
  const keep = keepWithNextFlags(blocks);
  const segments: Segment[] = [];
  blocks.forEach((block, index) => {
    const units = unitCount(block);
    const cuts = new Set([0, units]);
    if (block.kind === 'list' || block.kind === 'table') {
      if (index > 0 && keep[index - 1]) cuts.add(Math.min(units, (block.kind === 'table' && block.header ? 2 : 1)));
      if (keep[index]) cuts.add(Math.max(0, units - 1));
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    const { before, after } = spacing(block, styles);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const last = i + 2 === bounds.length;
      segments.push({ block: slice(block, bounds[i]!, bounds[i + 1]!), keepWithNext: last && keep[index]!, before, after });
    }
  });
  const groups: Segment[][] = [];
  let group: Segment[] = [];
  for (const segment of segments) {
    group.push(segment);
    if (!segment.keepWithNext) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
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
    content: (() => {
      // Word puts the larger of a paragraph's space after and the next one's space before between
      // them, not their sum, and lets the space after the last paragraph of a page hang into the
      // margin: so all space between blocks is the next segment's top margin, and nothing trails.
      let previousAfter = 0;
      const node = (segment: Segment): Content => {
        const top = Math.max(segment.before, previousAfter);
        previousAfter = segment.after;
        return { stack: [blockContent(segment.block, doc, texter)], margin: [0, top, 0, 0] } as Content;
      };
      return paginationSegments(doc.blocks, styles).map((group) =>
        // A list or table alone may break between its items or rows (each kept whole); anything else, or a group, is kept together.
        group.length === 1 && (group[0]!.block.kind === 'list' || group[0]!.block.kind === 'table')
          ? node(group[0]!)
          : ({ stack: group.map(node), unbreakable: fitsOnAPage(group.map((segment) => blockTexts(segment.block).join('\n')).join('\n'), doc) } as Content),
      );
    })(),
    // Word's "multiple" line spacing multiplies the font's line height with its line gap; pdfmake's leaves the gap out.
    defaultStyle: { font: styles.font, fontSize: styles.baseSize, lineHeight: styles.lineSpacing * LINE_GAP_FACTOR[styles.font] },
    styles: {
      // Space between blocks is their segments' top margin (content, above), none in the styles.
      normal: {},
      closing: {},
      memoHeading: { fontSize: styles.headingSize, bold: true, alignment: 'center' },
      title: { fontSize: styles.titleSize, bold: true, color: `#${styles.headingColor}` },
      heading1: { fontSize: styles.headingSize, bold: true, color: `#${styles.headingColor}` },
      heading2: { fontSize: styles.baseSize, bold: true, color: `#${styles.headingColor}` },
      // pdfmake puts the marker at the list's left edge and the text about 12 pt further in; the
      // space after the list is the last item's, as in Word.
      list: { margin: [styles.listMarkerOffset, 0, 0, 0] },
      quote: { italics: true, marginLeft: styles.quoteIndent },
      quoteAttribution: { color: `#${styles.mutedColor}`, marginLeft: styles.quoteIndent },
      table: { margin: [0, 0, 0, 0] },
    },
  };
}

export async function writePdf(doc: DocModel, fonts: FontFiles): Promise<Uint8Array> {
  if (!fonts[doc.styles.font]) throw new Error(`The font "${doc.styles.font}" is not bundled with this build.`);
  registerFonts(fonts);
  const buffer = await engine.createPdf(pdfDefinition(doc, fonts)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
