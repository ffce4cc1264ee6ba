/**
 * The writer registry: one entry per output format. Adding a format is one writer file and one
 * line here; nothing else switches on the format. Each writer's module (docx, pdfmake and their
 * fonts machinery are large) loads on first use only, so a DOCX export never pays for the PDF
 * engine and the app starts without either.
 */
import type { DocumentWriter, OutputFormat } from './writer';

export type { DocumentWriter, FontFaces, FontFiles, OutputFormat, WriterAssets } from './writer';

export const writers: Readonly<Record<OutputFormat, DocumentWriter>> = {
  docx: {
    format: 'docx',
    extension: '.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: async (doc) => (await import('./docx-writer')).writeDocx(doc),
  },
  pdf: {
    format: 'pdf',
    extension: '.pdf',
    mimeType: 'application/pdf',
    write: async (doc, assets) => (await import('./pdf-writer')).writePdf(doc, assets.fonts),
  },
};

export const OUTPUT_FORMATS = Object.keys(writers) as OutputFormat[];
