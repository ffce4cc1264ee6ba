/**
 * Zip archives (.docx statements, Word templates) read with a bound on what they unpack to, so a
 * few hundred kilobytes that inflate to gigabytes (a "zip bomb", or just a huge document.xml) are
 * refused in well under a second instead of running a parser out of memory for minutes.
 *
 * Two checks, both before any parser sees the archive: the sizes the central directory declares,
 * then the sizes the entries really inflate to. The second streams each entry through fflate's
 * `Inflate` in small slices and stops as soon as the running total passes the cap, so it costs at
 * most the cap in time and one slice's output in memory; it is needed because a declared size is
 * only a claim (JSZip and fflate both trust it or ignore it). Pure: bytes in, data out.
 * Spec: PKWARE APPNOTE 6.3.10, §4.3.12 (central directory), §4.3.16 (end of central directory).
 */
import { Inflate } from 'fflate';
import { MessageError } from '../i18n/describe';
import { userMessage, type UserMessage } from '../i18n/user-message';

export class UnpackLimitError extends MessageError {
  override name = 'UnpackLimitError';
}

/** Not a zip archive a Word processor would write (truncated, ZIP64, damaged central directory). */
export class ZipFormatError extends MessageError {
  override name = 'ZipFormatError';
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is an entry no .docx reader can open. */
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  /** Where the entry's compressed bytes start. */
  readonly dataOffset: number;
}

export interface UnpackLimits {
  /** All entries together. */
  readonly maxTotalBytes: number;
  /** Entries whose names end in .xml or .rels (what XML parsers will load), together. */
  readonly maxXmlBytes: number;
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);
const SLICE = 4 * 1024; // compressed bytes per push: at most ~4 MB of output at deflate's best ratio

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** The entries listed in the central directory, in order. Throws ZipFormatError. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError(userMessage('zip.noDirectory'));
  const count = u16(bytes, end + 10);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipFormatError(userMessage('zip.zip64'));
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipFormatError(userMessage('zip.directoryDamaged'));
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const declaredSize = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ZipFormatError(userMessage('zip.pointsOutside'));
    const dataOffset = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataOffset + compressedSize > bytes.length) throw new ZipFormatError(userMessage('zip.entryPastEnd'));
    const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, compressedSize, declaredSize, dataOffset });
    at = next;
  }
  return entries;
}

/**
 * Inflates one entry, calling `onData` with each piece, and stops (UnpackLimitError) once more than
 * `budget` bytes have come out. Returns the bytes it produced. Damaged deflate data throws ZipFormatError.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: number, onData?: (chunk: Uint8Array) => void): number {
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (compressed.length > budget) throw new UnpackLimitError(entry.name);
    onData?.(compressed);
    return compressed.length;
  }
  if (entry.method !== 8) return 0; // not readable by JSZip or fflate either: nothing will inflate it
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > budget) throw new UnpackLimitError(entry.name);
    onData?.(chunk);
  });
  try {
    for (let offset = 0; offset < compressed.length; offset += SLICE) {
      const last = offset + SLICE >= compressed.length;
      inflater.push(compressed.subarray(offset, Math.min(offset + SLICE, compressed.length)), last);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof UnpackLimitError) throw error;
    throw new ZipFormatError(userMessage('zip.entryDamaged', { entry: entry.name, detail: (error as Error).message }));
  }
  return produced;
}

export interface UnpackedSize {
  readonly totalBytes: number;
  readonly xmlBytes: number;
}

function describeBytes(bytes: number): UserMessage {
  return bytes >= 1024 * 1024 ? userMessage('size.mb', { value: Math.round(bytes / 1024 / 1024) }) : userMessage('size.kb', { value: Math.ceil(bytes / 1024) });
}

/** The message for an archive over a limit: what it holds against what is allowed. */
function overLimit(which: 'total' | 'xml', limits: UnpackLimits, claimed?: number): UnpackLimitError {
  const limit = which === 'total' ? limits.maxTotalBytes : limits.maxXmlBytes;
  if (claimed === undefined) return new UnpackLimitError(userMessage(which === 'total' ? 'zip.unpacksTo' : 'zip.xmlUnpacksTo', { limit: describeBytes(limit) }));
  return new UnpackLimitError(userMessage(which === 'total' ? 'zip.unpacksToDeclared' : 'zip.xmlUnpacksToDeclared', { limit: describeBytes(limit), declared: describeBytes(claimed) }));
}

function checkDeclared(entries: readonly ZipEntry[], limits: UnpackLimits): void {
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  const declaredXml = entries.filter((entry) => isXmlPart(entry.name)).reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declaredTotal > limits.maxTotalBytes) throw overLimit('total', limits, declaredTotal);
  if (declaredXml > limits.maxXmlBytes) throw overLimit('xml', limits, declaredXml);
}

/** Inflates the selected entries within the limits, handing each entry's pieces to `keep` if given. */
function unpack(bytes: Uint8Array, limits: UnpackLimits, select: (name: string) => boolean, keep?: (name: string, chunks: Uint8Array[], size: number) => void): UnpackedSize {
  const entries = listZipEntries(bytes);
  checkDeclared(entries, limits);
  let totalBytes = 0;
  let xmlBytes = 0;
  for (const entry of entries) {
    if (!select(entry.name)) continue;
    const xml = isXmlPart(entry.name);
    const totalLeft = limits.maxTotalBytes - totalBytes;
    const xmlLeft = xml ? limits.maxXmlBytes - xmlBytes : Number.POSITIVE_INFINITY;
    const chunks: Uint8Array[] = [];
    let produced: number;
    try {
      produced = inflateEntry(bytes, entry, Math.min(totalLeft, xmlLeft), keep ? (chunk) => chunks.push(chunk.slice()) : undefined);
    } catch (error) {
      if (error instanceof UnpackLimitError) throw overLimit(xmlLeft <= totalLeft ? 'xml' : 'total', limits);
      throw error;
    }
    keep?.(entry.name, chunks, produced);
    totalBytes += produced;
    if (xml) xmlBytes += produced;
  }
  return { totalBytes, xmlBytes };
}

/**
 * Checks what a zip unpacks to against `limits`, declared sizes first, then by inflating with a
 * cap. Throws UnpackLimitError (its message completes "The file …": "unpacks to more than 64 MB")
 * or ZipFormatError. `only` restricts the actual-size check to the entries a reader will open.
 */
export function checkZipUnpackedSize(bytes: Uint8Array, limits: UnpackLimits, only: (name: string) => boolean = () => true): UnpackedSize {
  return unpack(bytes, limits, only);
}

/** The entries `wanted` selects, inflated, with the same checks and caps as checkZipUnpackedSize. */
export function unzipBounded(bytes: Uint8Array, limits: UnpackLimits, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  unpack(bytes, limits, wanted, (name, chunks, size) => {
    const data = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      data.set(chunk, offset);
      offset += chunk.length;
    }
    files[name] = data;
  });
  return files;
}
