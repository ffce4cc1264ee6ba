/**
 * A bound on what a PDF's Flate streams inflate to, checked before pdf.js parses the file: a 100 KB
 * PDF can hold a content stream that inflates to 100 MB of operators, which pdf.js inflates and
 * tokenises whole (14 s and 300 MB in the CLI, minutes in a browser tab).
 *
 * The scan finds each `stream … endstream` in the raw bytes, and inflates those that start with a
 * zlib header through fflate's streaming `Unzlib` in small slices, stopping as soon as the running
 * total passes the cap. Image XObjects are skipped (text extraction never decodes them, and a
 * scanned page's Flate image may legitimately be large). Streams pdf.js could reach only through
 * other filters (LZW, ASCII85 + Flate) are not counted: pdf.js limits none of them either, so this is
 * a bound on the common case, not a parser. Pure: bytes in, a number out.
 * Spec: ISO 32000-1, §7.3.8 (stream objects), §7.4.4 (FlateDecode).
 */
import { Unzlib } from 'fflate';
import { MessageError } from '../i18n/describe';
import { userMessage } from '../i18n/user-message';

export class PdfStreamLimitError extends MessageError {
  override name = 'PdfStreamLimitError';
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const ENDSTREAM = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "endstream"
const SLICE = 4 * 1024;
/** How far before "stream" its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;

function indexOf(bytes: Uint8Array, pattern: readonly number[], from: number): number {
  const first = pattern[0]!;
  for (let at = bytes.indexOf(first, from); at !== -1 && at + pattern.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let match = true;
    for (let k = 1; k < pattern.length; k++) {
      if (bytes[at + k] !== pattern[k]) {
        match = false;
        break;
      }
    }
    if (match) return at;
  }
  return -1;
}

/** A zlib header: deflate (CM 8), and the check bits that make CMF·256 + FLG a multiple of 31. */
function isZlib(bytes: Uint8Array, at: number): boolean {
  const cmf = bytes[at] ?? 0;
  const flg = bytes[at + 1] ?? 0;
  return (cmf & 0x0f) === 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function isImageStream(bytes: Uint8Array, streamKeyword: number): boolean {
  const dictionary = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, streamKeyword - DICTIONARY_WINDOW), streamKeyword));
  const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
  return /\/Subtype\s*\/Image\b/.test(own);
}

/** Inflates one stream, stopping (PdfStreamLimitError) past `budget`; damaged data counts as what came out. */
function inflatedSize(data: Uint8Array, budget: number): number {
  let produced = 0;
  const inflater = new Unzlib((chunk) => {
    produced += chunk.length;
    if (produced > budget) throw new PdfStreamLimitError('over budget');
  });
  try {
    for (let offset = 0; offset < data.length; offset += SLICE) inflater.push(data.subarray(offset, Math.min(offset + SLICE, data.length)), offset + SLICE >= data.length);
  } catch (error) {
    if (error instanceof PdfStreamLimitError) throw error;
    // Damaged or truncated deflate data: pdf.js inflates what it can, which is what we counted.
  }
  return produced;
}

/**
 * The total the PDF's (non-image) Flate streams inflate to; throws PdfStreamLimitError once it passes
 * `maxBytes`, having inflated at most that much.
 */
export function checkPdfInflatedSize(bytes: Uint8Array, maxBytes: number): number {
  let total = 0;
  let from = 0;
  for (;;) {
    const keyword = indexOf(bytes, STREAM, from);
    if (keyword === -1) return total;
    from = keyword + STREAM.length;
    if (keyword >= 3 && bytes[keyword - 3] === 0x65 && bytes[keyword - 2] === 0x6e && bytes[keyword - 1] === 0x64) continue; // "endstream"
    let start = from;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    // Without "endstream" (a damaged file) pdf.js still reads the stream by its /Length: to the end, at most.
    const found = indexOf(bytes, ENDSTREAM, start);
    const end = found === -1 ? bytes.length : found;
    from = end + ENDSTREAM.length;
    if (!isZlib(bytes, start) || isImageStream(bytes, keyword)) continue;
    try {
      total += inflatedSize(bytes.subarray(start, end), maxBytes - total);
    } catch (error) {
      if (error instanceof PdfStreamLimitError) throw new PdfStreamLimitError(userMessage('import.pdfStreams', { size: userMessage('size.mb', { value: Math.round(maxBytes / 1024 / 1024) }) }));
      throw error;
    }
  }
}
