/**
 * layout: applyTemplate(briefing, template) → DocModel. Pure. Decides everything about what the
 * note contains and in which order (page furniture, the heading block, each included section in the
 * officer's order, the prepared-by block); writers only translate the result into their format.
 */
import { boundBriefing } from '../compose/note-bounds';
import { sectionPrints, type Briefing, type BriefingItem, type BriefingSection } from '../model/briefing';
import type { Block, DocModel, DocStyles, TextRun } from '../model/doc-model';
import { assertNever } from '../model/doc-model';
import type { Template } from '../model/template';
import type { SourceSpan, Statement } from '../model/statement';
import { formatLongDate } from '../language/long-date';
import { frenchTypography, NO_BREAK_SPACE } from '../language/french-typography';
import { memoLabels } from './memo-labels';

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The approval block's signature and date lines. */
const SIGNATURE_LINE = '______________________________';
const DATE_LINE = '____________________';

export function docStyles(template: Template): DocStyles {
  const { typography } = template;
  return {
    font: typography.font,
    baseSize: typography.baseSize,
    titleSize: typography.titleSize,
    headingSize: typography.headingSize,
    smallSize: Math.max(7, typography.baseSize - 2),
    lineSpacing: typography.lineSpacing,
    paragraphAfter: Math.round(typography.baseSize * 0.6),
    headingBefore: Math.round(typography.headingSize * 1.1),
    headingAfter: Math.round(typography.headingSize * 0.4),
    headingColor: typography.headingColor,
    markingColor: typography.markingColor,
    mutedColor: typography.mutedColor,
    quoteIndent: 24,
    listIndent: 18,
    listMarkerOffset: 6,
    listItemAfter: Math.round(typography.baseSize * 0.3),
  };
}

function includedItems(section: BriefingSection): BriefingItem[] {
  return section.items.filter((entry) => entry.included && entry.text.trim().length > 0);
}

export function quoteMarks(text: string, language: Briefing['language']): string {
  return language === 'fr' ? `« ${text} »` : `“${text}”`;
}

/** The whole sentence (or sentences) of the statement that a span falls in, for a reviewer's comment. */
export function sourceSentence(statement: Statement, span: SourceSpan): string {
  const covering = statement.sentences.filter((sentence) => sentence.end > span.start && sentence.start < Math.max(span.end, span.start + 1));
  const start = covering.length > 0 ? Math.min(span.start, covering[0]!.start) : span.start;
  const end = covering.length > 0 ? Math.max(span.end, covering[covering.length - 1]!.end) : span.end;
  return statement.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

type CommentFor = (entry: BriefingItem) => string | null;

function sectionBlocks(section: BriefingSection, language: Briefing['language'], commentFor: CommentFor): Block[] {
  const items = includedItems(section);
  if (!section.included || items.length === 0) return [];
  const heading: Block = { kind: 'heading', level: 1, text: section.heading };
  const isQuotes = section.kind === 'quotes';
  const itemRuns = (entry: BriefingItem): TextRun[] =>
    isQuotes && entry.attribution
      ? [{ text: quoteMarks(entry.text, language) }, { text: ` — ${entry.attribution}`, italic: true }]
      : [{ text: entry.text }];
  const layout = section.layout;
  switch (layout) {
    case 'bullets':
    case 'numbered':
      return [heading, { kind: 'list', ordered: layout === 'numbered', items: items.map(itemRuns), comments: items.map(commentFor) }];
    case 'paragraphs':
      return [
        heading,
        ...items.map((entry): Block =>
          isQuotes
            ? { kind: 'quote', text: quoteMarks(entry.text, language), attribution: entry.attribution, comment: commentFor(entry) }
            : { kind: 'paragraph', runs: [{ text: entry.text }], comment: commentFor(entry) },
        ),
      ];
    case 'table':
      return [
        heading,
        isQuotes
          ? { kind: 'table', columnWidths: [0.28, 0.72], header: null, rows: items.map((entry) => [entry.attribution, entry.text]) }
          : { kind: 'table', columnWidths: [0.08, 0.92], header: null, rows: items.map((entry, index) => [`${index + 1}.`, entry.text]) },
      ];
    default:
      return assertNever(layout);
  }
}

/** Every text of a block through `typeset` (French typography for a French note). */
function typesetBlock(block: Block, typeset: (text: string) => string): Block {
  const runs = (items: readonly TextRun[]) => items.map((run) => ({ ...run, text: typeset(run.text) }));
  switch (block.kind) {
    case 'title':
      return { ...block, text: typeset(block.text), ...(block.label ? { label: typeset(block.label) } : {}) };
    case 'heading':
      return { ...block, text: typeset(block.text) };
    case 'paragraph':
      return { ...block, runs: runs(block.runs) };
    case 'list':
      return { ...block, items: block.items.map(runs) };
    case 'quote':
      return { ...block, text: typeset(block.text), attribution: typeset(block.attribution) };
    case 'table':
      return { ...block, header: block.header?.map(typeset) ?? null, rows: block.rows.map((row) => row.map(typeset)) };
    default:
      return assertNever(block);
  }
}

/**
 * @param statement the statement the briefing came from; needed only for source comments, which
 *   quote each extracted item's sentence (on when the draft's `sourceComments` is set).
 */
export function applyTemplate(unbounded: Briefing, template: Template, statement?: Statement): DocModel {
  // Every DocModel is within the note's bounds, whoever made the briefing (the IPC schema checks the same ones).
  const briefing = boundBriefing(unbounded).briefing;
  const { metadata, language } = briefing;
  const commentFor: CommentFor = (entry) =>
    metadata.sourceComments && statement && entry.source ? sourceSentence(statement, entry.source) : null;
  const { labels } = template;
  const purpose = metadata.purpose === 'decision' ? labels.forDecision : labels.forInformation;
  // French sets a no-break space before a colon (Le guide du rédacteur), as frenchTypography does everywhere else.
  const colon = language === 'fr' ? `${NO_BREAK_SPACE}: ` : ': ';

  // A GC memo (template furniture.memo): MEMORANDUM TO … and FOR DECISION head the note, the title is its SUBJECT.
  const memo = template.furniture.memo === true;
  const words = memoLabels(labels, language);
  const upper = (text: string) => text.toLocaleUpperCase(language === 'fr' ? 'fr-CA' : 'en-CA');
  const rowLabel = (label: string) => (memo ? `${upper(label)}:` : label);
  // A French memo dates as GC correspondence does: « le 2 décembre 2026 ».
  const longDate = (date: string) => `${memo && language === 'fr' ? 'le ' : ''}${formatLongDate(date, language)}`;
  const to = metadata.to?.trim() ?? '';
  const from = metadata.from?.trim() ?? '';

  const detailRows: string[][] = [];
  if (memo) {
    if (from) detailRows.push([rowLabel(words.from), from]);
  } else {
    if (to) detailRows.push([labels.to, to]);
    if (from) detailRows.push([labels.from, from]);
  }
  detailRows.push([rowLabel(labels.date), longDate(metadata.date)]);
  // The meeting's date and place are the statement's, shown apart from the note's own date.
  if (metadata.meetingDate?.trim()) detailRows.push([rowLabel(words.meetingDate), longDate(metadata.meetingDate.trim())]);
  if (metadata.meetingPlace?.trim()) detailRows.push([rowLabel(labels.location), metadata.meetingPlace.trim()]);
  if (metadata.fileNumber.trim()) detailRows.push([rowLabel(labels.fileNumber), metadata.fileNumber.trim()]);
  const marking = labels.markings[metadata.classification] ?? metadata.classification;

  const headingBlocks: Block[] = memo
    ? [
        // No addressee yet: the purpose alone heads the note (FOR INFORMATION), as on a GC note to file.
        ...(to ? [{ kind: 'paragraph', role: 'memo-addressee', runs: [{ text: upper(`${words.memorandumTo} ${to}`), bold: true }] } as const] : []),
        { kind: 'paragraph', role: 'memo-purpose', runs: [{ text: upper(purpose), bold: true }] },
        // Wider labels than the plain details table: « DATE DE LA RÉUNION : » on one line.
        { kind: 'table', role: 'memo', columnWidths: [0.32, 0.68], header: null, rows: detailRows },
        // The title is the memo's SUBJECT, in the Title style still (Word's navigation pane, the PDF's bookmarks).
        { kind: 'title', label: rowLabel(words.subject), text: metadata.title },
      ]
    : [
        { kind: 'paragraph', runs: [{ text: labels.documentType.toUpperCase(), bold: true }, { text: ` — ${purpose}` }] },
        { kind: 'title', text: metadata.title },
        { kind: 'table', columnWidths: [0.25, 0.75], header: null, rows: detailRows },
      ];
  // A decision memo ends with the approval block: Approved / Not approved, then the signature and date lines.
  const approvalBlocks: Block[] =
    memo && metadata.purpose === 'decision'
      ? [
          {
            kind: 'table',
            role: 'approval',
            columnWidths: [0.55, 0.45],
            header: null,
            rows: [
              [`\u25a1 ${words.approved}`, `\u25a1 ${words.notApproved}`],
              [NO_BREAK_SPACE, NO_BREAK_SPACE],
              [SIGNATURE_LINE, DATE_LINE],
              [to ? upperFirst(to) : words.signature, labels.date],
            ],
          },
        ]
      : [];
  const signOff = (...parts: (string | undefined)[]) => parts.map((part) => part?.trim() ?? '').filter(Boolean).join(', ');
  const approvedBy = metadata.approvedBy?.trim() ? signOff(metadata.approvedBy, metadata.approvedByTitle) : '';

  const laidOut: Block[] = [
    ...headingBlocks,
    ...briefing.sections.filter((section) => sectionPrints(section, metadata.purpose)).flatMap((section) => sectionBlocks(section, language, commentFor)),
    ...approvalBlocks,
    {
      kind: 'paragraph',
      role: 'closing',
      runs: [
        { text: `${labels.preparedBy}${colon}`, bold: true },
        { text: metadata.preparedBy.trim() ? signOff(metadata.preparedBy, metadata.preparedByTitle, metadata.preparedByPhone) : '____________________' },
      ],
    },
    ...(approvedBy ? [{ kind: 'paragraph', runs: [{ text: `${labels.approvedBy}${colon}`, bold: true }, { text: approvedBy }] } as const] : []),
  ];

  // French typography in one place, so the preview, the DOCX and the PDF set the same spaces.
  const blocks = language === 'fr' ? laidOut.map((block) => typesetBlock(block, frenchTypography)) : laidOut;

  const participants = briefing.sections
    .filter((section) => section.kind === 'participants' && section.included)
    .flatMap(includedItems)
    .map((entry) => entry.text.split(',')[0]!.trim());

  return {
    page: template.page,
    output: { pdfA: template.output.pdfA },
    styles: docStyles(template),
    furniture: {
      marking: template.furniture.marking === 'none' ? null : marking,
      markingPlacement: template.furniture.marking === 'first-page-top-right' ? 'first-page-top-right' : 'every-page',
      pageNumberFormat: template.furniture.pageNumbers ? template.furniture.pageNumberFormat : null,
    },
    metadata: {
      title: metadata.title,
      subject: `${labels.documentType} — ${purpose}`,
      author: metadata.preparedBy.trim() || 'Briefwright',
      keywords: [marking, ...participants],
      language,
    },
    blocks,
  };
}
