/**
 * DOCX writer (docx library): a Word-native note. Paragraphs use Word's own style ids (Title,
 * Heading1, ListBullet, ListNumber, Quote, Normal) so the navigation pane works and a department can
 * restyle the note; lists use real numbering definitions; the marking and "Page X of Y" fields sit
 * in the header and footer. Sizes come from DocModel.styles only; page breaks follow the rules every
 * writer shares (layout/pagination-rules.ts); the font named is the one GC desktops have (Arial for
 * Liberation Sans, see DOCX_FONT_NAMES). Spec: ECMA-376 WordprocessingML.
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, DocModel, TextRun as ModelRun } from '../model/doc-model';
import { assertNever, pageDimensions } from '../model/doc-model';
import { isApprovalBlock, keepWithNextFlags, quoteParagraphs } from '../layout/pagination-rules';
import { DOCX_FONT_NAMES, splitPageNumberFormat, TABLE_CELL_PADDING } from './writer';

const TWIPS_PER_POINT = 20;
const twips = (points: number): number => Math.round(points * TWIPS_PER_POINT);
const halfPoints = (points: number): number => Math.round(points * 2);
const LANGUAGE_TAGS = { en: 'en-CA', fr: 'fr-CA' } as const;

/** Collects the Word comments of one document: each gets the next id and wraps the runs it annotates. */
class SourceComments {
  readonly entries: ICommentOptions[] = [];
  constructor(private readonly author: string) {}

  wrap(children: ParagraphChild[], comment: string | null | undefined): ParagraphChild[] {
    if (!comment) return children;
    const id = this.entries.length;
    this.entries.push({
      id,
      author: this.author,
      initials: 'BW',
      children: [new Paragraph({ children: [new TextRun({ text: 'Source: ', bold: true }), new TextRun(comment)] })],
    });
    return [new CommentRangeStart(id), ...children, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
  }
}

/** A line break in the text is a line break in Word (w:br), not a newline Word draws as a space. */
function runs(modelRuns: readonly ModelRun[]): TextRun[] {
  return modelRuns.flatMap((run) =>
    run.text.split(/\n+/).map((line, index) => new TextRun({ text: line, bold: run.bold, italics: run.italic, ...(index > 0 ? { break: 1 } : {}) })),
  );
}

function pageNumberRuns(format: string, size: number, color: string): TextRun[] {
  const children: NonNullable<IRunOptions['children']>[number][] = splitPageNumberFormat(format).map((part) =>
    typeof part === 'string' ? part : part.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES,
  );
  return [new TextRun({ children, size: halfPoints(size), color })];
}

function markingParagraph(marking: string, color: string, size: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER): Paragraph {
  return new Paragraph({
    alignment,
    children: [new TextRun({ text: marking, bold: true, color, size: halfPoints(size) })],
  });
}

function tableFor(block: Extract<Block, { kind: 'table' }>, textWidth: number, keepWithNext: boolean): Table {
  const widths = block.columnWidths.map((fraction) => twips(textWidth * fraction));
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  // A memo's FROM / SUBJECT lines and a decision note's approval block have Word styles of their own.
  const style = block.role === 'memo' ? 'MemoField' : block.role === 'approval' ? 'ApprovalBlock' : undefined;
  const approval = isApprovalBlock(block);
  // Space inside a row is the cell padding (as in the PDF), not the paragraph's space after.
  const cell = (text: string, width: number, bold: boolean, keepNext: boolean): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ style, spacing: { after: 0 }, keepNext, children: runs([{ text, bold }]) })],
    });
  const rows = [
    ...(block.header ? [new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text, i) => cell(text, widths[i] ?? 0, true, true)) })] : []),
    ...block.rows.map((row, index) => {
      const last = index === block.rows.length - 1;
      // The approval block is one unit (pagination-rules.ts): every row keeps with the next.
      const keepNext = last ? keepWithNext : approval;
      return new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, widths[i] ?? 0, i === 0 && !block.header && !approval, keepNext)) });
    }),
  ];
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    // No cell padding at the left edge, so the table lines up with the text as in the PDF.
    margins: { left: 0, right: twips(TABLE_CELL_PADDING.right), top: twips(TABLE_CELL_PADDING.top), bottom: twips(TABLE_CELL_PADDING.bottom) },
    rows,
  });
}

/** The Word style of each paragraph role (Normal for body text). */
const PARAGRAPH_STYLES: Record<NonNullable<Extract<Block, { kind: 'paragraph' }>['role']>, string | undefined> = {
  body: undefined,
  closing: 'Closing',
  'memo-addressee': 'MemoAddressee',
  'memo-purpose': 'MemoPurpose',
};

/** keepWithNext: the pagination rules' flag for this block (layout/pagination-rules.ts), on its last paragraph. */
function blockElements(block: Block, keepWithNext: boolean, textWidth: number, listCounter: { next: number }, comments: SourceComments): Array<Paragraph | Table> {
  const kind = block.kind;
  switch (kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.label ? `${block.label} ${block.text}` : block.text)] })];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ style: PARAGRAPH_STYLES[block.role ?? 'body'], keepNext: keepWithNext, children: comments.wrap(runs(block.runs), block.comment) })];
    case 'list': {
      // Each list is its own numbering instance, so a numbered list restarts at 1.
      const instance = listCounter.next++;
      return block.items.map(
        (item, index) =>
          new Paragraph({
            style: block.ordered ? 'ListNumber' : 'ListBullet',
            numbering: { reference: block.ordered ? 'numbered-list' : 'bullet-list', level: 0, instance },
            keepNext: keepWithNext && index === block.items.length - 1,
            children: comments.wrap(runs(item), block.comments?.[index]),
          }),
      );
    }
    case 'quote': {
      // One paragraph per paragraph of the quotation, all kept with the attribution: a quote is never split.
      const paragraphs = quoteParagraphs(block.text);
      return [
        ...paragraphs.map(
          (paragraph, index) =>
            new Paragraph({
              style: 'Quote',
              keepNext: index < paragraphs.length - 1 || Boolean(block.attribution) || keepWithNext,
              keepLines: true,
              children: index === 0 ? comments.wrap([new TextRun(paragraph)], block.comment) : [new TextRun(paragraph)],
            }),
        ),
        ...(block.attribution
          ? [new Paragraph({ style: 'QuoteAttribution', keepNext: keepWithNext, keepLines: true, children: [new TextRun(`— ${block.attribution}`)] })]
          : []),
      ];
    }
    case 'table':
      return [tableFor(block, textWidth, keepWithNext)];
    default:
      return assertNever(kind);
  }
}

export async function writeDocx(doc: DocModel): Promise<Uint8Array> {
  const { styles, page, furniture, metadata } = doc;
  const dims = pageDimensions(page);
  const textWidth = dims.width - page.margins.left - page.margins.right;
  const spacingLine = Math.round(240 * styles.lineSpacing);
  const line = { line: spacingLine, lineRule: LineRuleType.AUTO };
  const listCounter = { next: 1 };
  const comments = new SourceComments('Briefwright');
  const keep = keepWithNextFlags(doc.blocks);
  const body = doc.blocks.flatMap((block, index) => blockElements(block, keep[index]!, textWidth, listCounter, comments));
  const font = DOCX_FONT_NAMES[styles.font];

  // Every page: the marking centred in header and footer. First page only: Word's "different first
  // page" header carries it at the right, and no other header or footer repeats it.
  const everyPage = furniture.markingPlacement === 'every-page' ? furniture.marking : null;
  const pageNumberParagraphs = () =>
    furniture.pageNumberFormat
      ? [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(furniture.pageNumberFormat, styles.smallSize, styles.mutedColor) })]
      : [];
  const headerChildren = everyPage ? [markingParagraph(everyPage, styles.markingColor, styles.smallSize)] : [];
  const footerChildren = [...(everyPage ? [markingParagraph(everyPage, styles.markingColor, styles.smallSize)] : []), ...pageNumberParagraphs()];
  const firstPageMarking =
    furniture.marking && furniture.markingPlacement === 'first-page-top-right'
      ? {
          titlePage: true,
          headers: { default: new Header({ children: [] }), first: new Header({ children: [markingParagraph(furniture.marking, styles.markingColor, styles.smallSize, AlignmentType.RIGHT)] }) },
          footers: { default: new Footer({ children: pageNumberParagraphs() }), first: new Footer({ children: pageNumberParagraphs() }) },
        }
      : null;
  const listLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: twips(styles.listIndent), hanging: twips(styles.listIndent - styles.listMarkerOffset) } } },
  });

  const document = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    lastModifiedBy: metadata.author,
    keywords: metadata.keywords.join(', '),
    description: 'Briefing note produced by Briefwright',
    ...(comments.entries.length > 0 ? { comments: { children: comments.entries } } : {}),
    styles: {
      default: {
        document: {
          // Pair kerning at every size (w:kern 1 pt and above), as the PDF writer sets its text: without it Word and
          // LibreOffice set each line a little wider, and a heading that fits in the PDF wraps in the DOCX (one page
          // against two for a UK MOD joint statement's note).
          run: { font, size: halfPoints(styles.baseSize), kern: 2, language: { value: LANGUAGE_TAGS[metadata.language] } },
          // Keep together: no paragraph is split across pages (the shared pagination rules); the PDF does the same.
          paragraph: { spacing: { after: twips(styles.paragraphAfter), ...line }, keepLines: true },
        },
        title: {
          run: { font, size: halfPoints(styles.titleSize), bold: true, color: styles.headingColor },
          paragraph: { spacing: { before: twips(styles.headingAfter), after: twips(styles.headingBefore), ...line }, keepNext: true },
        },
        heading1: {
          run: { font, size: halfPoints(styles.headingSize), bold: true, color: styles.headingColor },
          paragraph: { spacing: { before: twips(styles.headingBefore), after: twips(styles.headingAfter), ...line }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font, size: halfPoints(styles.baseSize), bold: true, color: styles.headingColor },
          paragraph: { spacing: { before: twips(styles.headingAfter * 2), after: twips(styles.headingAfter), ...line }, keepNext: true, keepLines: true },
        },
      },
      paragraphStyles: [
        { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: twips(styles.listItemAfter), ...line }, keepLines: true } },
        { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: twips(styles.listItemAfter), ...line }, keepLines: true } },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: twips(styles.quoteIndent) }, spacing: { after: twips(styles.paragraphAfter / 3), ...line } },
        },
        { id: 'Closing', name: 'Closing', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { before: twips(styles.headingBefore * 1.5), ...line }, keepLines: true } },
        // GC memo furniture (issue 13 item 5): the heading lines, the FROM / SUBJECT lines, the approval block.
        {
          id: 'MemoAddressee',
          name: 'Memo Addressee',
          basedOn: 'Normal',
          next: 'MemoPurpose',
          quickFormat: true,
          run: { bold: true, size: halfPoints(styles.headingSize) },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: twips(styles.headingAfter), ...line }, keepNext: true },
        },
        {
          id: 'MemoPurpose',
          name: 'Memo Purpose',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: halfPoints(styles.headingSize) },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: twips(styles.headingAfter), ...line }, keepNext: true },
        },
        { id: 'MemoField', name: 'Memo Field', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 0, ...line } } },
        { id: 'ApprovalBlock', name: 'Approval Block', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 0, ...line }, keepLines: true } },
        {
          id: 'QuoteAttribution',
          name: 'Quote Attribution',
          basedOn: 'Normal',
          next: 'Normal',
          run: { color: styles.mutedColor },
          paragraph: { indent: { left: twips(styles.quoteIndent) } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullet-list', levels: [listLevel(LevelFormat.BULLET, '•')] },
        { reference: 'numbered-list', levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twips(page.orientation === 'portrait' ? dims.width : dims.height),
              height: twips(page.orientation === 'portrait' ? dims.height : dims.width),
              orientation: page.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
            },
            margin: {
              top: twips(page.margins.top),
              right: twips(page.margins.right),
              bottom: twips(page.margins.bottom),
              left: twips(page.margins.left),
              header: twips(page.margins.top / 2),
              footer: twips(page.margins.bottom / 2),
            },
          },
          titlePage: firstPageMarking?.titlePage ?? false,
        },
        headers: firstPageMarking?.headers ?? { default: new Header({ children: headerChildren }) },
        footers: firstPageMarking?.footers ?? { default: new Footer({ children: footerChildren }) },
        children: body,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(document);
  return new Uint8Array(bytes);
}
