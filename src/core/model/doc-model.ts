/**
 * DocModel: the laid-out note, independent of any output format. applyTemplate builds it; each
 * writer (DOCX, PDF, HTML preview) only translates it. `styles` is the single description of
 * sizes, spacing, fonts and colours that every writer reads, so no layout decision is made twice.
 */
import type { FontFamily } from './template';
import type { Language } from './statement';

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type Block =
  | {
      readonly kind: 'title';
      readonly text: string;
      /** Printed before the title in the same style (a GC memo's "SUBJECT:"); bookmarks show the text alone. */
      readonly label?: string;
    }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly runs: readonly TextRun[];
      /**
       * `closing`: set apart from what precedes it (the prepared-by block). `memo-addressee` and
       * `memo-purpose`: a GC memo's heading lines (MEMORANDUM TO …, FOR DECISION), centred and bold.
       */
      readonly role?: 'body' | 'closing' | 'memo-addressee' | 'memo-purpose';
      readonly comment?: string | null;
    }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly TextRun[])[];
      /** Per item: the source sentence to show as a reviewer's comment, or null. */
      readonly comments?: readonly (string | null)[];
      /** Numbered lists: the first item's number (a list continued after a split). */
      readonly start?: number;
    }
  | { readonly kind: 'quote'; readonly text: string; readonly attribution: string; readonly comment?: string | null }
  | {
      readonly kind: 'table';
      /** Widths as fractions of the text width; they add up to 1. */
      readonly columnWidths: readonly number[];
      readonly header: readonly string[] | null;
      readonly rows: readonly (readonly string[])[];
      /**
       * `memo`: a GC memo's FROM / SUBJECT / DATE lines. `approval`: a decision note's approval block
       * (Approved / Not approved, signature and date lines), kept whole on one page, no bold column.
       * Absent: the note's details.
       */
      readonly role?: 'memo' | 'approval';
    };

export interface DocStyles {
  readonly font: FontFamily;
  /** Points. */
  readonly baseSize: number;
  readonly titleSize: number;
  readonly headingSize: number;
  readonly smallSize: number;
  readonly lineSpacing: number;
  /** Points of space before/after each kind of block. */
  readonly paragraphAfter: number;
  readonly headingBefore: number;
  readonly headingAfter: number;
  readonly headingColor: string;
  readonly markingColor: string;
  readonly mutedColor: string;
  /** Points of left indent for block quotes. */
  readonly quoteIndent: number;
  /** Points from the margin to a list item's text, and to its bullet or number. */
  readonly listIndent: number;
  readonly listMarkerOffset: number;
  /** Points of space after each list item. */
  readonly listItemAfter: number;
}

export interface PageSetup {
  readonly size: 'LETTER' | 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

export interface PageFurniture {
  /** Security marking, or null. */
  readonly marking: string | null;
  /** Centred at the top and bottom of every page, or once at the top right of the first page. */
  readonly markingPlacement: 'every-page' | 'first-page-top-right';
  /** e.g. "Page {page} of {pages}", or null for no page numbers. */
  readonly pageNumberFormat: string | null;
}

export interface DocMetadata {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: readonly string[];
  readonly language: Language;
}

export interface OutputOptions {
  /** PDF: PDF/A-2b conformance. */
  readonly pdfA: boolean;
}

export interface DocModel {
  readonly page: PageSetup;
  readonly output: OutputOptions;
  readonly styles: DocStyles;
  readonly furniture: PageFurniture;
  readonly metadata: DocMetadata;
  readonly blocks: readonly Block[];
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** Page size in points, after orientation. */
export function pageDimensions(page: PageSetup): { width: number; height: number } {
  const portrait = page.size === 'A4' ? { width: 595.28, height: 841.89 } : { width: 612, height: 792 };
  return page.orientation === 'portrait' ? portrait : { width: portrait.height, height: portrait.width };
}
