/**
 * The writer contract: every output format turns a DocModel into bytes. Writers receive what they
 * need (fonts) as bytes from the caller, so they stay pure and run in Node and the browser alike.
 */
import type { DocModel } from '../model/doc-model';
import type { FontFamily } from '../model/template';

export type OutputFormat = 'docx' | 'pdf';

export interface FontFaces {
  readonly normal: Uint8Array;
  readonly bold: Uint8Array;
  readonly italics: Uint8Array;
  readonly bolditalics: Uint8Array;
}

/** Families used only for characters the template's font lacks (Hangul in a name, for instance). */
export const FALLBACK_FAMILIES = ['Nanum Gothic'] as const;
export type FallbackFamily = (typeof FALLBACK_FAMILIES)[number];

export type FontFiles = Partial<Record<FontFamily | FallbackFamily, FontFaces>>;

export interface WriterAssets {
  readonly fonts: FontFiles;
}

export interface DocumentWriter {
  readonly format: OutputFormat;
  readonly extension: '.docx' | '.pdf';
  readonly mimeType: string;
  write(doc: DocModel, assets: WriterAssets): Promise<Uint8Array>;
}

/**
 * The files each family is drawn with in PDFs, under resources/fonts. The template's Liberation
 * families are drawn with their derived copies in pdf/ (same glyphs and kerning, without the
 * OpenType layout tables that made every render slow; see scripts/prepare-pdf-fonts.py).
 */
export const FONT_FILE_NAMES: Record<FontFamily | FallbackFamily, Record<keyof FontFaces, string>> = {
  'Liberation Sans': {
    normal: 'pdf/BriefwrightSans-Regular.ttf',
    bold: 'pdf/BriefwrightSans-Bold.ttf',
    italics: 'pdf/BriefwrightSans-Italic.ttf',
    bolditalics: 'pdf/BriefwrightSans-BoldItalic.ttf',
  },
  'Liberation Serif': {
    normal: 'pdf/BriefwrightSerif-Regular.ttf',
    bold: 'pdf/BriefwrightSerif-Bold.ttf',
    italics: 'pdf/BriefwrightSerif-Italic.ttf',
    bolditalics: 'pdf/BriefwrightSerif-BoldItalic.ttf',
  },
  // Nanum has no italics; its upright faces stand in for them.
  'Nanum Gothic': {
    normal: 'NanumGothic.ttf',
    bold: 'NanumGothicBold.ttf',
    italics: 'NanumGothic.ttf',
    bolditalics: 'NanumGothicBold.ttf',
  },
};

/** "Page {page} of {pages}" → the parts around the two numbers, for writers that insert fields. */
export function splitPageNumberFormat(format: string): Array<string | { field: 'page' | 'pages' }> {
  const parts: Array<string | { field: 'page' | 'pages' }> = [];
  for (const piece of format.split(/(\{page\}|\{pages\})/)) {
    if (piece === '{page}') parts.push({ field: 'page' });
    else if (piece === '{pages}') parts.push({ field: 'pages' });
    else if (piece) parts.push(piece);
  }
  return parts;
}

/**
 * The font a DOCX names for each family. GC desktops have Arial and Times New Roman, not Liberation;
 * a DOCX naming Liberation Sans there is drawn in whatever Word substitutes, with other widths, and
 * breaks lines and pages unlike the PDF. Liberation Sans and Serif are metric-compatible with Arial
 * and Times New Roman (every glyph as wide), so the DOCX names the font the desktop has and the PDF
 * embeds its twin: the same line breaks in both. Embedding Liberation in the DOCX instead would add
 * ~1.5 MB a file, and Word ignores embedded fonts that are not marked installable in some settings.
 * LibreOffice (and fontconfig's metric aliases) draws Arial with Liberation Sans where Arial is missing.
 */
export const DOCX_FONT_NAMES: Record<FontFamily, string> = {
  'Liberation Sans': 'Arial',
  'Liberation Serif': 'Times New Roman',
};

/**
 * Word's line height over pdfkit's, per family. Word's "multiple" spacing multiplies the font's
 * ascent + descent + line gap (hhea); pdfkit leaves the line gap out. From the bundled files' hhea
 * tables (units per em 2048): Sans 1854 + 434 + 67, Serif 1825 + 443 + 87; a test reads them back.
 */
export const LINE_GAP_FACTOR: Record<FontFamily, number> = {
  'Liberation Sans': (1854 + 434 + 67) / (1854 + 434),
  'Liberation Serif': (1825 + 443 + 87) / (1825 + 443),
};

/** Points of padding inside a table cell in every writer (none at the left, so cells line up with the text). */
export const TABLE_CELL_PADDING = { top: 2, bottom: 2, right: 6 } as const;
