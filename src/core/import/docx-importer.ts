/**
 * DOCX importer: a Word document → Statement. mammoth turns the document into semantic HTML (its
 * headings, paragraphs and lists, without Word's formatting), and html-text.ts reduces that HTML
 * as it does a web page, so a DOCX and the page it was copied from give the same text. Word files
 * made from pasted e-mail keep one paragraph per wrapped line; those are rejoined like a .txt.
 * mammoth (and its JSZip and XML parser) loads on the first .docx only: at ~50 ms it was the largest
 * part of every CLI start, even for a .txt.
 */
import { checkZipUnpackedSize, UnpackLimitError, ZipFormatError } from '../archive/bounded-unzip';
import { MAX_DOCX_UNPACKED_BYTES, MAX_DOCX_XML_BYTES } from '../limits';
import type { StatementImporter } from './importer-types';
import { htmlToStatementText } from './html-text';
import { ImportError, importText } from './text-importer';
import { nameOrTheFile, userMessage } from '../i18n/user-message';

/** A ZIP archive (local file header "PK\x03\x04"); mammoth tells a DOCX from other ZIPs. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function importDocx(bytes: Uint8Array, fileName?: string) {
  const name = nameOrTheFile(fileName);
  if (!isZip(bytes)) throw new ImportError(userMessage('import.notDocx', { name }));
  // Before mammoth: a small .docx may unpack to gigabytes, which mammoth would try to parse.
  try {
    checkZipUnpackedSize(bytes, { maxTotalBytes: MAX_DOCX_UNPACKED_BYTES, maxXmlBytes: MAX_DOCX_XML_BYTES });
  } catch (error) {
    if (error instanceof UnpackLimitError) throw new ImportError(userMessage('import.docxRefused', { name, reason: error.userMessage ?? error.message }));
    if (error instanceof ZipFormatError) throw new ImportError(userMessage('import.docxUnreadableZip', { name, reason: error.userMessage ?? error.message }));
    throw error;
  }
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build (the renderer) only `arrayBuffer`; both
    // hand it to JSZip, which accepts any Uint8Array (no Node Buffer needed).
    const input = { buffer: bytes as unknown as Buffer, arrayBuffer: bytes as unknown as ArrayBuffer };
    html = (await mammoth.convertToHtml(input)).value;
  } catch {
    throw new ImportError(userMessage('import.docxUnreadable', { name }));
  }
  return { statement: importText(htmlToStatementText(html, { useDocumentTitle: false, rejoinWrappedParagraphs: true }).text) };
}

export const docxImporter: StatementImporter = {
  extensions: ['.docx'],
  sniff: isZip,
  importBytes: importDocx,
};
