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
