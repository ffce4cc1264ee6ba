/**
 * The writer registry: one entry per output format. Adding a format is one writer file and one
 * line here; nothing else switches on the format.
 */
import { docxWriter } from './docx-writer';
import { pdfWriter } from './pdf-writer';
import type { DocumentWriter, OutputFormat } from './writer';

export type { DocumentWriter, FontFaces, FontFiles, OutputFormat, WriterAssets } from './writer';

export const writers: Readonly<Record<OutputFormat, DocumentWriter>> = {
  docx: docxWriter,
  pdf: pdfWriter,
};

export const OUTPUT_FORMATS = Object.keys(writers) as OutputFormat[];
