/**
 * The rules for a template's id and name, in one small module so the template schema (every
 * template that is loaded: the CLI, the desktop folder, imports) and the app's name field apply the
 * same ones. An id becomes a file name; a name is shown in lists and may become a file name on export.
 * A refusal is a message with a code (the 'messages' catalogue), so the app says it in French too.
 */
import { englishText } from '../i18n/describe';
import { userMessage, type UserMessage } from '../i18n/user-message';

/** Ids become file names; a-z, digits and hyphens only, so no id can name a folder or another file. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9-]+$/;
/** Far below any file system's name limit (255 bytes) with the longest suffix added. */
export const MAX_TEMPLATE_ID_LENGTH = 60;
export const MAX_TEMPLATE_NAME_LENGTH = 80;

// Path separators and the characters Windows refuses in file names, control characters (NUL
// included), and the bidirectional controls that make a name display as something else ("U+202E").
// eslint-disable-next-line no-control-regex
const RESERVED_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why a template name is refused, as a message for the reader's language (describe), or null when it is fine. */
export function templateNameMessage(name: string): UserMessage | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return userMessage('templateName.empty');
  if (trimmed.length > MAX_TEMPLATE_NAME_LENGTH) return userMessage('templateName.tooLong', { length: trimmed.length, max: MAX_TEMPLATE_NAME_LENGTH });
  const reserved = RESERVED_CHARACTERS.exec(trimmed);
  if (reserved) {
    const code = reserved[0].codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) return userMessage('templateName.reserved', { character: userMessage('templateName.controlCharacter') });
    if (code >= 0x200e) return userMessage('templateName.reserved', { character: userMessage('templateName.directionControl', { code: code.toString(16).toUpperCase().padStart(4, '0') }) });
    return userMessage('templateName.reservedCharacter', { character: reserved[0] });
  }
  if (/^\.+$/.test(trimmed)) return userMessage('templateName.onlyDots');
  return null;
}

/** Why a template name is refused, in English (the schema's issue, the CLI's log), or null when it is fine. */
export function templateNameProblem(name: string): string | null {
  const message = templateNameMessage(name);
  return message ? englishText(message) : null;
}
