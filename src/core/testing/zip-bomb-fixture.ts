/**
 * Archives that unpack far beyond their size, built in memory for the tests and the fuzz run: a
 * .docx whose document.xml is hundreds of megabytes of spaces or of real paragraphs, streamed
 * through fflate so the test never holds the unpacked XML; optionally with the central directory
 * lying about the size (a small declared size over a huge actual one). Also a PDF with one Flate
 * stream that inflates to N MB.
 */
import { strToU8, Zip, ZipDeflate, zlibSync } from 'fflate';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const TAIL = '</w:body></w:document>';

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A zip whose entries are each `head`, `body` × `repeats`, `tail`, deflated as a stream. */
function streamedZip(entries: ReadonlyArray<{ name: string; head: string; body?: Uint8Array; repeats?: number; tail?: string }>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 9 });
    zip.add(file);
    file.push(strToU8(entry.head));
    for (let i = 0; i < (entry.repeats ?? 0); i++) file.push(entry.body!);
    file.push(strToU8(entry.tail ?? ''), true);
  }
  zip.end();
  return concat(out);
}

export interface DocxBombOptions {
  /** What document.xml's body is filled with. */
  readonly fill: 'spaces' | 'paragraphs';
  /** The central directory says the document is this many bytes instead of its real size. */
  readonly declaredSize?: number;
}

/** A .docx whose word/document.xml unpacks to about `megabytes` MB. */
export function makeDocxBomb(megabytes: number, options: DocxBombOptions = { fill: 'spaces' }): Uint8Array {
  const body =
    options.fill === 'spaces'
      ? new Uint8Array(1024 * 1024).fill(0x20)
      : strToU8('<w:p><w:r><w:t>The ministers condemned the attack and agreed to work together on maritime security. </w:t></w:r></w:p>'.repeat(10_000));
  const repeats = Math.ceil((megabytes * 1024 * 1024) / body.length);
  const zip = streamedZip([
    { name: '[Content_Types].xml', head: CONTENT_TYPES },
    { name: '_rels/.rels', head: RELS },
    { name: 'word/document.xml', head: HEAD, body, repeats, tail: TAIL },
  ]);
  if (options.declaredSize !== undefined) lieAboutSizes(zip, 'word/document.xml', options.declaredSize);
  return zip;
}

/** A small .docx whose document.xml nests `depth` text boxes' worth of elements (a stack-overflow bomb). */
export function makeDeepDocx(depth: number): Uint8Array {
  return streamedZip([
    { name: '[Content_Types].xml', head: CONTENT_TYPES },
    { name: '_rels/.rels', head: RELS },
    { name: 'word/document.xml', head: `${HEAD}<w:p><w:r><w:t>{{title}}</w:t></w:r></w:p>${'<w:sdt><w:sdtContent>'.repeat(depth)}`, tail: `${'</w:sdtContent></w:sdt>'.repeat(depth)}${TAIL}` },
  ]);
}

/** Rewrites the sizes the central directory (and the data descriptor) give `name`. */
function lieAboutSizes(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const found = zip.subarray(at + 46, at + 46 + nameLength);
    if (found.length === wanted.length && found.every((byte, i) => byte === wanted[i])) view.setUint32(at + 24, size, true);
  }
}

/** A one-page PDF whose content stream is a Flate stream that inflates to about `megabytes` MB. */
export function makePdfBomb(megabytes: number): Uint8Array {
  const text = strToU8('BT /F1 12 Tf 72 720 Td (The ministers met today.) Tj ET\n');
  const content = new Uint8Array(Math.ceil(megabytes * 1024 * 1024)).fill(0x20);
  content.set(text, 0);
  const stream = zlibSync(content, { level: 9 });
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: string | Uint8Array) => {
    parts.push(part);
    length += typeof part === 'string' ? strToU8(part).length : part.length;
  };
  add('%PDF-1.4\n');
  const object = (body: string | (string | Uint8Array)[]) => {
    offsets.push(length);
    add(`${offsets.length} 0 obj\n`);
    for (const piece of Array.isArray(body) ? body : [body]) add(piece);
    add('\nendobj\n');
  };
  object('<< /Type /Catalog /Pages 2 0 R >>');
  object('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>');
  object([`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, stream, '\nendstream']);
  object('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const xref = length;
  add(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return concat(parts.map((part) => (typeof part === 'string' ? strToU8(part) : part)));
}
