/**
 * Word-authored templates: a department's own .docx (letterhead, styles, header and footer) with
 * `{{placeholders}}` where the note's content goes. This module checks that the bytes are a Word
 * document and finds its placeholders; `write/docx-patch.ts` fills them. Pure: bytes in, data out.
 *
 * Placeholders are listed by docx's `patchDetector`, so the list is exactly what `patchDocument`
 * will match (it reads a paragraph's text across runs, so `{{ti` + bold `tl` + `e}}`, as Word and
 * LibreOffice save a placeholder whose middle was edited, is `{{title}}`), and takes a key with a
 * colon as it is (`{{section:summary}}`), so no pre-pass rewrites the XML. The paragraphs holding
 * them are read here too: a section becomes paragraphs only where its placeholder stands alone.
 * Spec: ECMA-376 Part 1, §17.3.1 (paragraphs), §17.7 (styles), §17.10 (headers and footers).
 */
import { patchDetector } from 'docx';
import { strFromU8 } from 'fflate';
import { Parser } from 'htmlparser2';
import type { Template } from '../model/template';
import { placeholderProblem } from './word-template-fields';
import { checkZipUnpackedSize, unzipBounded, UnpackLimitError } from '../archive/bounded-unzip';
import { MAX_WORD_TEMPLATE_UNPACKED_BYTES, MAX_WORD_TEMPLATE_XML_BYTES, MAX_XML_DEPTH } from '../limits';
import { MAX_WORD_TEMPLATE_BYTES } from './word-template-limits';
import { englishText, MessageError } from '../i18n/describe';
import { userMessage, userMessageOf, type MessageParam, type UserMessage } from '../i18n/user-message';

export { MAX_WORD_TEMPLATE_BYTES };
const UNPACK_LIMITS = { maxTotalBytes: MAX_WORD_TEMPLATE_UNPACKED_BYTES, maxXmlBytes: MAX_WORD_TEMPLATE_XML_BYTES };

export class WordTemplateError extends MessageError {
  override name = 'WordTemplateError';
}

export type WordPartKind = 'body' | 'header' | 'footer';

/** The XML parts placeholders are looked for in, by path in the package. */
export interface WordTemplateParts {
  readonly document: string;
  readonly styles: string | null;
  readonly headersAndFooters: ReadonlyMap<string, string>;
}

const WANTED_PART = /^word\/(document|styles|header\d*|footer\d*)\.xml$/;

/** Checks that `bytes` are a .docx (a zip holding word/document.xml) and reads the parts we need. */
export function readWordTemplateParts(bytes: Uint8Array, origin: MessageParam = userMessage('wordTemplate.origin')): WordTemplateParts {
  if (bytes.length > MAX_WORD_TEMPLATE_BYTES) {
    throw new WordTemplateError(userMessage('wordTemplate.tooLarge', { origin, limit: MAX_WORD_TEMPLATE_BYTES / 1024 / 1024, size: bytes.length / 1024 / 1024 }));
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new WordTemplateError(userMessage('wordTemplate.notZip', { origin }));
  let files: Record<string, Uint8Array>;
  try {
    // Every part, not only the ones read here: docx's patchDocument parses all the XML of the package.
    checkZipUnpackedSize(bytes, UNPACK_LIMITS);
    files = unzipBounded(bytes, UNPACK_LIMITS, (name) => WANTED_PART.test(name));
  } catch (error) {
    if (error instanceof UnpackLimitError) {
      throw new WordTemplateError(userMessage('wordTemplate.refused', { origin, reason: error.userMessage ?? error.message }));
    }
    throw new WordTemplateError(userMessage('wordTemplate.unreadableZip', { origin, reason: userMessageOf(error) ?? (error as Error).message }));
  }
  for (const [name, data] of Object.entries(files)) {
    if (xmlDepth(data) > MAX_XML_DEPTH) throw new WordTemplateError(userMessage('wordTemplate.tooDeep', { origin, part: name, limit: MAX_XML_DEPTH }));
  }
  const document = files['word/document.xml'];
  if (!document) throw new WordTemplateError(userMessage('wordTemplate.noDocument', { origin }));
  const headersAndFooters = new Map(
    Object.entries(files)
      .filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, data]) => [name, strFromU8(data)] as const),
  );
  const styles = files['word/styles.xml'];
  return { document: strFromU8(document), styles: styles ? strFromU8(styles) : null, headersAndFooters };
}

/**
 * How deep the XML's elements nest, by a byte scan (no parser): docx's XML reader recurses once per
 * level, so a few kilobytes nested 100,000 deep end in "Maximum call stack size exceeded".
 */
export function xmlDepth(xml: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  for (let at = xml.indexOf(0x3c); at !== -1; at = xml.indexOf(0x3c, at + 1)) {
    const next = xml[at + 1];
    if (next === 0x2f) depth--; // "</"
    else if (next !== 0x3f && next !== 0x21) {
      // "<name …>" opens unless it ends "/>"; "<?" and "<!" never do.
      const close = xml.indexOf(0x3e, at);
      if (close === -1) break;
      if (xml[close - 1] !== 0x2f) deepest = Math.max(deepest, ++depth);
      at = close;
    }
  }
  return deepest;
}

export interface ParagraphText {
  readonly text: string;
  /** The paragraph style's id (`w:pStyle`), or null for the document's default. */
  readonly styleId: string | null;
}

/** Each paragraph of a part with its text (all its runs, in links and content controls too) and its style. */
export function readParagraphs(xml: string): ParagraphText[] {
  const paragraphs: ParagraphText[] = [];
  // A text box inside a paragraph holds paragraphs of its own: keep a stack.
  const open: { text: string; styleId: string | null }[] = [];
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'w:p') open.push({ text: '', styleId: null });
        else if (name === 'w:t') inText = true;
        else if (name === 'w:pStyle' && open.length > 0) open[open.length - 1]!.styleId = attributes['w:val'] ?? null;
        else if ((name === 'w:tab' || name === 'w:br') && open.length > 0 && !inText) open[open.length - 1]!.text += name === 'w:tab' ? '\t' : '\n';
      },
      ontext(text) {
        if (inText && open.length > 0) open[open.length - 1]!.text += text;
      },
      onclosetag(name) {
        if (name === 'w:t') inText = false;
        else if (name === 'w:p') {
          const paragraph = open.pop();
          if (paragraph) paragraphs.push(paragraph);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return paragraphs;
}

/** The id of the paragraph style Word calls `name` ("List Bullet"), if the document defines it. */
export function findParagraphStyleId(stylesXml: string | null, name: string): string | null {
  if (!stylesXml) return null;
  const wanted = name.toLowerCase();
  for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const attributes = match[1]!;
    if (!/w:type="paragraph"/.test(attributes)) continue;
    const styleName = /<w:name\s+w:val="([^"]*)"/.exec(match[2]!)?.[1];
    const styleId = /w:styleId="([^"]*)"/.exec(attributes)?.[1];
    if (styleId && styleName?.toLowerCase() === wanted) return styleId;
  }
  return null;
}

/** Where a placeholder appears. */
export interface PlaceholderUse {
  readonly part: WordPartKind;
  /** Nothing else in its paragraph but spaces: a section may replace the paragraph. */
  readonly alone: boolean;
  readonly styleId: string | null;
}

export interface WordTemplatePlaceholder {
  /** The key between the braces, trimmed, as typed: `title`, `section:summary`. */
  readonly key: string;
  /** Not a Briefwright placeholder: left in the document as it is. */
  readonly unknown: boolean;
  /** Each paragraph it is in (body, header or footer); empty if only elsewhere (a footnote, a text box's alt text). */
  readonly uses: readonly PlaceholderUse[];
}

export interface WordTemplateScan {
  readonly placeholders: readonly WordTemplatePlaceholder[];
  /** One line each: unknown placeholders, sections the layout lacks, a document with none at all. */
  readonly warnings: readonly string[];
  /** The same, to show in the reader's language (describe). */
  readonly notices: readonly UserMessage[];
  /** The id of the "List Bullet" paragraph style, used for list sections when present. */
  readonly listBulletStyleId: string | null;
  readonly listNumberStyleId: string | null;
}

const PLACEHOLDER = /\{\{([^{}]*?)\}\}/g;

function placeholderUses(parts: WordTemplateParts): Map<string, PlaceholderUse[]> {
  const uses = new Map<string, PlaceholderUse[]>();
  const scan = (xml: string, part: WordPartKind) => {
    for (const paragraph of readParagraphs(xml)) {
      for (const match of paragraph.text.matchAll(PLACEHOLDER)) {
        const key = match[1]!.trim();
        const alone = paragraph.text.trim() === match[0];
        uses.set(key, [...(uses.get(key) ?? []), { part, alone, styleId: paragraph.styleId }]);
      }
    }
  };
  scan(parts.document, 'body');
  for (const [name, xml] of parts.headersAndFooters) scan(xml, name.startsWith('word/header') ? 'header' : 'footer');
  return uses;
}

/**
 * The placeholders in a Word template and what is wrong with them, for the layout `base` the note
 * is composed with (its sections are the ones `{{section:…}}` can name).
 * @throws WordTemplateError if the bytes are not a .docx
 */
export async function detectWordTemplatePlaceholders(bytes: Uint8Array, base: Template, origin: MessageParam = userMessage('wordTemplate.origin')): Promise<WordTemplateScan> {
  const parts = readWordTemplateParts(bytes, origin);
  const uses = placeholderUses(parts);
  let keys: readonly string[];
  try {
    keys = await patchDetector({ data: bytes, trimPlaceholders: true });
  } catch (error) {
    throw new WordTemplateError(userMessage('wordTemplate.unreadableDocx', { origin, detail: (error as Error).message }));
  }
  const unique = [...new Set(keys.map((key) => key.trim()))];
  const notices: UserMessage[] = [];
  const placeholders = unique.map((key): WordTemplatePlaceholder => {
    const problem = placeholderProblem(key, base);
    if (problem) notices.push(problem.notice);
    return { key, unknown: problem?.unknown ?? false, uses: uses.get(key) ?? [] };
  });
  if (placeholders.every((placeholder) => placeholder.unknown)) {
    notices.push(userMessage('wordTemplate.noPlaceholders', { origin, example: '{{title}}', otherExample: '{{participants}}' }));
  }
  return {
    placeholders,
    warnings: notices.map(englishText),
    notices,
    listBulletStyleId: findParagraphStyleId(parts.styles, 'List Bullet'),
    listNumberStyleId: findParagraphStyleId(parts.styles, 'List Number'),
  };
}
