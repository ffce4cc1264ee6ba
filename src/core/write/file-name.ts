/**
 * File names for notes and drafts, made from the note's date and title: one rule shared by the
 * renderer (the name it suggests and the browser downloads) and main (the name it puts in the save
 * dialog), so both cut and clean a title the same way.
 *
 * - Punctuation stays wherever Windows, macOS and Linux all accept it (, ; ' ( ) – & + …); only
 *   \ / : * ? " < > | and control characters are refused (Windows refuses them all, the others
 *   refuse / ). Each gets the nearest thing that reads the same:
 *   a title's colon ("Meeting: building …") becomes a spaced en dash, the typographic separator a
 *   reader takes for it; a colon between digits ("10:30") becomes a full stop; a straight quote pair
 *   becomes curly quotes; a slash or bar becomes a hyphen; ? and * are dropped (a question mark
 *   at the end of a title carries no meaning in a file name).
 *   Look-alike colons (U+A789 ꞉, U+2236 ∶) were not used: a name that shows a colon nobody can
 *   type is hard to search for or retype, and some fonts lack them.
 * - Long names are cut at a word boundary (never mid-word), without a dangling comma or dash, to
 *   at most 100 characters and 200 UTF-8 bytes: room for an extension inside the 255 bytes Linux
 *   and macOS allow a name, and for a Documents folder inside Windows' 260-character path limit.
 * - Leading dots (hidden files) and trailing dots or spaces (which Windows strips) go; a name
 *   Windows reserves for a device (CON, NUL, COM1 …) gets a word after it.
 */

export const MAX_FILE_NAME_CHARACTERS = 100;
export const MAX_FILE_NAME_BYTES = 200;

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Straight double quotes as curly ones: opening after a space, bracket or the start, else closing. */
function curlyQuotes(text: string): string {
  return text.replace(/"/g, (_quote, offset: number) => (offset === 0 || /[\s([{\u2013\u2014-]/.test(text[offset - 1]!) ? '\u201c' : '\u201d'));
}

/** The text with every character a common file system refuses replaced or dropped (see above). */
export function fileNameSafeText(text: string): string {
  return (
    curlyQuotes(text)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/(\d)\s*:\s*(\d)/g, '$1.$2')
      .replace(/\s*:\s+/g, ' \u2013 ')
      .replace(/\s*:\s*/g, '-')
      .replace(/\s*[\\/|]\s*/g, (match) => (/\s/.test(match) ? ' - ' : '-'))
      .replace(/[?*<>]+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function fits(text: string, maxCharacters: number, maxBytes: number): boolean {
  return [...text].length <= maxCharacters && utf8Length(text) <= maxBytes;
}

/** Removes what should not end a name: spaces, dots, and a separator left dangling by the cut. */
function trimEnd(text: string): string {
  return text.replace(/[\s.,;\u2013\u2014(\-–]+$/u, '');
}

/**
 * The longest start of `text` that fits, ending at a word boundary; a single word longer than the
 * limit is cut between characters (never inside one: code points, not UTF-16 halves).
 */
export function cutAtWordBoundary(text: string, maxCharacters = MAX_FILE_NAME_CHARACTERS, maxBytes = MAX_FILE_NAME_BYTES): string {
  if (fits(text, maxCharacters, maxBytes)) return text;
  const characters = [...text];
  let end = Math.min(characters.length, maxCharacters);
  while (end > 0 && !fits(characters.slice(0, end).join(''), maxCharacters, maxBytes)) end--;
  // The cut must fall on a space: the next character (the first one left out) is a space.
  let boundary = end;
  while (boundary > 0 && !/\s/.test(characters[boundary]!)) boundary--;
  const kept = boundary > 0 ? characters.slice(0, boundary).join('') : characters.slice(0, end).join('');
  return trimEnd(kept) || characters.slice(0, end).join('');
}

/** A base name (no extension) every common file system accepts, or '' when nothing is left. */
export function safeBaseName(text: string, maxCharacters = MAX_FILE_NAME_CHARACTERS, maxBytes = MAX_FILE_NAME_BYTES): string {
  const cleaned = fileNameSafeText(text).replace(/^[.\s-]+/, '');
  const cut = trimEnd(cutAtWordBoundary(cleaned, maxCharacters, maxBytes));
  return RESERVED_WINDOWS_NAMES.test(cut) ? `${cut} note` : cut;
}

/** "2024-11-01 Canada–ROK Foreign and Defence Ministerial Meeting": date first, so notes sort. */
export function noteFileBaseName(date: string, title: string, fallback: string): string {
  return safeBaseName([date, title].filter((part) => part.trim().length > 0).join(' ')) || fallback;
}

/** A name for the save dialog: `name` made safe, with `extension` (".pdf") added unless present. */
export function fileNameWithExtension(name: string, extension: string, fallback: string): string {
  const hasExtension = name.toLowerCase().endsWith(extension.toLowerCase());
  const base = safeBaseName(hasExtension ? name.slice(0, -extension.length) : name) || fallback;
  // The officer's own spelling of the extension (".DOCX") is kept.
  return `${base}${hasExtension ? name.slice(-extension.length) : extension}`;
}
