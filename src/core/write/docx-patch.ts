/**
 * Fills a Word-authored template with a note: docx's `patchDocument` replaces each placeholder in
 * the document, its headers and its footers, and leaves everything else (letterhead, styles, page
 * setup, pictures) as the department made it. Pure: bytes in, bytes out.
 *
 * - A scalar field (`{{title}}`, `{{classification}}`) becomes text in the run that held it, with
 *   that run's formatting (`keepOriginalStyles`).
 * - A section (`{{participants}}`, `{{section:summary}}`) standing alone in its paragraph becomes
 *   one paragraph per item: list sections in the document's "List Bullet" (or "List Number") style
 *   when it has one, else in the placeholder paragraph's style behind a bullet; free text in the
 *   placeholder paragraph's style. A section sharing its paragraph with other text becomes lines
 *   in that paragraph instead, so the text around it is kept.
 * - An unknown placeholder is left as typed; `detectWordTemplatePlaceholders` warns about it.
 */
import { frenchTypography } from '../language/french-typography';
import { Paragraph, patchDocument, PatchType, TextRun, type IPatch, type ParagraphChild } from 'docx';
import type { Briefing, BriefingItem } from '../model/briefing';
import type { Meeting } from '../model/structured-statement';
import { isExtractedKind, type Template } from '../model/template';
import { resolvePlaceholder } from '../templates/word-template-fields';
import { detectWordTemplatePlaceholders, type WordTemplatePlaceholder, type WordTemplateScan } from '../templates/word-template';
import { quoteMarks } from '../layout/apply-template';
import { quoteParagraphs } from '../layout/pagination-rules';
import { boundBriefing } from '../compose/note-bounds';

export interface WordTemplateContent {
  readonly briefing: Briefing;
  /** The built-in layout the briefing was composed with: labels for the purpose and the marking. */
  readonly template: Template;
  readonly meeting?: Meeting;
}

export interface FilledWordTemplate {
  readonly bytes: Uint8Array;
  /** The placeholders found, and the warnings about them (unknown keys, missing sections). */
  readonly scan: WordTemplateScan;
}

interface SectionContent {
  readonly items: readonly BriefingItem[];
  readonly list: boolean;
  readonly numbered: boolean;
  readonly quotes: boolean;
}

function sectionContent(briefing: Briefing, selector: string): SectionContent {
  const sections = briefing.sections.filter((section) => section.included && (section.id === selector || section.kind === selector));
  const first = sections[0];
  return {
    items: sections.flatMap((section) => section.items.filter((entry) => entry.included && entry.text.trim().length > 0)),
    list: first ? isExtractedKind(first.kind) : false,
    numbered: first?.layout === 'numbered',
    quotes: first?.kind === 'quotes',
  };
}

/** French typography as layout sets it (language/french-typography.ts), so a filled Word template matches the PDF. */
const typeset = (language: Briefing['language'], text: string) => (language === 'fr' ? frenchTypography(text) : text);

/**
 * An item's runs, one array per paragraph of its text (a quotation of several paragraphs stays
 * paragraphs, as in the built-in DOCX): a quote opens its marks on the first and closes them, with
 * the attribution, on the last.
 */
function itemParagraphs(entry: BriefingItem, content: SectionContent, briefing: Briefing): ParagraphChild[][] {
  const parts = quoteParagraphs(entry.text);
  const quoted = content.quotes && entry.attribution;
  const [open, close] = quoteMarks('\u0000', briefing.language).split('\u0000') as [string, string];
  return parts.map((part, index) => {
    const last = index === parts.length - 1;
    const text = quoted ? `${index === 0 ? open : ''}${part}${last ? close : ''}` : part;
    const runs: ParagraphChild[] = [new TextRun(typeset(briefing.language, text))];
    if (quoted && last) runs.push(new TextRun({ text: ` — ${entry.attribution}`, italics: true }));
    return runs;
  });
}

function sectionPatch(placeholder: WordTemplatePlaceholder, content: SectionContent, briefing: Briefing, scan: WordTemplateScan): IPatch {
  const styleId = placeholder.uses.find((use) => use.part === 'body')?.styleId ?? undefined;
  const listStyle = content.numbered ? scan.listNumberStyleId : scan.listBulletStyleId;
  const marker = (index: number) => (content.numbered ? `${index + 1}. ` : '•\u00a0 ');
  const everywhereAlone = placeholder.uses.length > 0 && placeholder.uses.every((use) => use.alone && use.part === 'body');
  if (!everywhereAlone) {
    // Lines in the paragraph that holds it: the text around the placeholder stays.
    return {
      type: PatchType.PARAGRAPH,
      children: content.items.flatMap((entry, index) => {
        // The item's own paragraphs as lines of the placeholder's paragraph.
        const runs = itemParagraphs(entry, content, briefing).flatMap((paragraph, at) => (at === 0 ? paragraph : [new TextRun({ text: '', break: 1 }), ...paragraph]));
        const prefix = content.list ? [new TextRun({ text: marker(index), break: index > 0 ? 1 : 0 })] : [];
        if (!content.list && index > 0) return [new TextRun({ text: '', break: 1 }), ...runs];
        return [...prefix, ...runs];
      }),
    };
  }
  return {
    type: PatchType.DOCUMENT,
    children: content.items.flatMap((entry, index) =>
      itemParagraphs(entry, content, briefing).map((runs, at) => {
        // A list item's later paragraphs continue it: indented like its text, without a bullet of their own.
        if (content.list && at > 0) return new Paragraph({ style: styleId, children: runs, indent: { left: 360 } });
        if (content.list && listStyle) return new Paragraph({ style: listStyle, children: runs });
        if (content.list) return new Paragraph({ style: styleId, children: [new TextRun(marker(index)), ...runs], indent: { left: 360, hanging: 360 } });
        return new Paragraph({ style: styleId, children: runs });
      }),
    ),
  };
}

/**
 * The template `bytes` filled with the note: a .docx that keeps the template's styles, headers,
 * footers and letterhead.
 * @throws WordTemplateError if the bytes are not a .docx
 */
export async function fillWordTemplate(bytes: Uint8Array, content: WordTemplateContent): Promise<FilledWordTemplate> {
  const { template, meeting } = content;
  const briefing = boundBriefing(content.briefing).briefing;
  const scan = await detectWordTemplatePlaceholders(bytes, template);
  const patches: Record<string, IPatch> = {};
  for (const placeholder of scan.placeholders) {
    const target = placeholder.unknown ? null : resolvePlaceholder(placeholder.key);
    if (!target) continue;
    patches[placeholder.key] =
      target.kind === 'field'
        ? { type: PatchType.PARAGRAPH, children: [new TextRun(typeset(briefing.language, target.field.value({ briefing, template, meeting })))] }
        : sectionPatch(placeholder, sectionContent(briefing, target.selector), briefing, scan);
  }
  const filled = await patchDocument({
    outputType: 'uint8array',
    data: bytes,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    properties: { title: briefing.metadata.title, creator: briefing.metadata.preparedBy.trim() || 'Briefwright' },
  });
  return { bytes: filled, scan };
}
