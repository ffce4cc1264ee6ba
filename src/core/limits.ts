/**
 * Every bound on what Briefwright reads and what a briefing note may hold, defined once and imported
 * by the core, the CLI, the Electron main process (IPC schemas) and the renderer, so a note one host
 * accepts is never refused by another. Each limit sits well above anything real (the corpus, the
 * genre samples, department letterheads) and well below what makes a host run out of memory or time.
 * Pure constants and one formatting helper: no I/O.
 */

import { userMessage, type UserMessage } from './i18n/user-message';

const MiB = 1024 * 1024;

// ─── Input files ────────────────────────────────────────────────────────────────────────────────

/** The largest statement file (any format). A long joint communiqué is ~100 KB of text. */
export const MAX_IMPORT_BYTES = 5 * MiB;

/**
 * The most a .docx statement may unpack to, all parts together (declared and actual sizes both
 * checked, inflating with a cap): pictures, which mammoth never decodes, take most of a large one.
 */
export const MAX_DOCX_UNPACKED_BYTES = 64 * MiB;
/**
 * The most the XML parts of a .docx statement may unpack to, together. mammoth is slow on XML:
 * ~1.5 s and ~70 MB per MB of text-dense document.xml here (8 MB: 12 s, 540 MB; 200 MB: out of
 * memory). A statement's document.xml is 3–8× its text (the fixtures: 11–15 KB), so 4 MB holds a
 * statement of several hundred pages, and the worst case (text-dense XML at the cap) stays ~9 s.
 */
export const MAX_DOCX_XML_BYTES = 4 * MiB;

/**
 * The most a PDF statement's Flate streams (images aside) may inflate to, together. A page of text is
 * ~5–20 KB of content stream and the embedded fonts ~0.1–1 MB, so 16 MB is over a thousand pages;
 * pdf.js takes ~40–150 ms (machine load) and ~3 MB of memory per inflated MB (a 100 MB stream: 4.4 s,
 * 300 MB in the CLI), and a damaged stream it still reads up to the cap took 5.4 s in the fuzz run at
 * 32 MB on the loaded 2-core machine, so 16 MB keeps the worst case near 2–3 s there.
 */
export const MAX_PDF_INFLATED_BYTES = 16 * MiB;

/** Statement text after import (a .docx or .pdf may hold more text than its file size suggests). */
export const MAX_STATEMENT_CHARS = 5 * MiB;

/**
 * A byte sequence that is not valid UTF-8 in a file that is otherwise UTF-8: the file is still read as
 * UTF-8 (bad bytes become U+FFFD, and the user is told how many) when at least this many non-ASCII
 * characters decode validly per bad one; below it the file is taken as windows-1252.
 */
export const UTF8_VALID_PER_INVALID = 3;

/** The largest Word template (.docx) accepted: letterheads with logos are well under it. */
export const MAX_WORD_TEMPLATE_BYTES = 10 * MiB;
/**
 * The most a Word template's XML parts may unpack to, together. A department letterhead's
 * document.xml is 5–60 KB, its styles 30–300 KB and the rest (numbering, theme, settings, headers)
 * tens of KB: 100–500 KB in all (the LibreOffice fixture: 23 KB). docx's patchDetector and
 * patchDocument, which parse every XML part, grow much faster than linearly: measured here (2 shared
 * cores, loaded) 1 MB of paragraphs took 2–4 s to import, 2 MB 41 s, 3.5 MB 103 s. 1 MB is twice the
 * heaviest real letterhead and keeps the worst case to a few seconds.
 */
export const MAX_WORD_TEMPLATE_XML_BYTES = 1 * MiB;
/** The most a Word template may unpack to, all parts (pictures and embedded fonts are ~their packed size). */
export const MAX_WORD_TEMPLATE_UNPACKED_BYTES = 32 * MiB;
/**
 * How deep a Word template's XML may nest. Word documents nest ~10–30 deep (tables in tables, text
 * boxes, content controls); docx's XML reader recurses per level and overflows the stack near 10,000.
 */
export const MAX_XML_DEPTH = 200;

// ─── What a briefing note holds ──────────────────────────────────────────────────────────────────

/** Sections a template (and so a note) may have. The built-ins have 5–9. */
export const MAX_SECTIONS = 40;
/**
 * Items in one section of a note. The most in the corpus is 31 (participants of a summit); a section
 * with more is not a briefing any more. Extracted items past it are left out and the user is told.
 */
export const MAX_ITEMS_PER_SECTION = 500;
/** Items in the whole note, all sections together. */
export const MAX_NOTE_ITEMS = 2_000;
/** Characters in one item, a heading or a metadata field (a long quote is ~1,500). */
export const MAX_ITEM_CHARS = 20_000;
/**
 * Characters of item text in the whole note: the bound on pages. With the built-in layouts a page
 * holds ~3,000 characters of list items, so this is ~100 pages (a real note is 1–5; measured: a
 * 4.9 MB statement now gives a 100-page PDF in ~6 s, where it gave 4,111 pages, 52 s and 1.47 GB).
 */
export const MAX_NOTE_CHARS = 300_000;
/** Blocks in a laid-out note: every item a block at most, plus a heading and a list per section, plus the title and memo lines. */
export const MAX_NOTE_BLOCKS = MAX_NOTE_ITEMS + 2 * MAX_SECTIONS + 20;

/** "5.0 MB"-style size, precise enough that a size over a limit never prints as the limit itself. */
export function sizeOverLimit(size: number, limit: number): string {
  const shown = (size / MiB).toFixed(1);
  const limitShown = `${limit / MiB} MB`;
  if (size > limit && Number(shown) <= limit / MiB) return `${size.toLocaleString('en')} bytes; the limit is ${limitShown} (${limit.toLocaleString('en')} bytes)`;
  return `${shown} MB; the limit is ${limitShown}`;
}

/** sizeOverLimit as a message, for the reader's language ("5,2 Mo ; la limite est de 5 Mo"). */
export function sizeOverLimitMessage(size: number, limit: number): UserMessage {
  const shown = Number((size / MiB).toFixed(1));
  if (size > limit && shown <= limit / MiB) return userMessage('size.overLimitBytes', { size, limitMb: limit / MiB, limit });
  return userMessage('size.overLimit', { size: size / MiB, limit: limit / MiB });
}
