/**
 * The rules for a template's id and name, in a module without imports so the template schema (every
 * template that is loaded: the CLI, the desktop folder, imports) and the app's name field apply the
 * same ones. An id becomes a file name; a name is shown in lists and may become a file name on export.
 */

/** Ids become file names; a-z, digits and hyphens only, so no id can name a folder or another file. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9-]+$/;
/** Far below any file system's name limit (255 bytes) with the longest suffix added. */
export const MAX_TEMPLATE_ID_LENGTH = 60;
export const MAX_TEMPLATE_NAME_LENGTH = 80;

// Path separators and the characters Windows refuses in file names, control characters (NUL
// included), and the bidirectional controls that make a name display as something else ("U+202E").
// eslint-disable-next-line no-control-regex
const RESERVED_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why a template name is refused, or null when it is fine. */
export function templateNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'Give the template a name.';
  if (trimmed.length > MAX_TEMPLATE_NAME_LENGTH) return `The name is too long (${trimmed.length} characters; at most ${MAX_TEMPLATE_NAME_LENGTH}).`;
  const reserved = RESERVED_CHARACTERS.exec(trimmed);
  if (reserved) {
    const code = reserved[0].codePointAt(0)!;
    const shown =
      code < 0x20 || code === 0x7f ? 'a control character' : code >= 0x200e ? `a text-direction control (U+${code.toString(16).toUpperCase().padStart(4, '0')})` : `“${reserved[0]}”`;
    return `A template name cannot contain ${shown}: names may not hold path separators (/ \\) or the characters : * ? " < > |.`;
  }
  if (/^\.+$/.test(trimmed)) return 'A template name cannot be only dots.';
  return null;
}
