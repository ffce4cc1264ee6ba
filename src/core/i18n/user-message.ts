/**
 * A message for the user as data: a stable code and its parameters, rendered in the reader's
 * language by `describe` (describe.ts). The core's errors and notices carry one (`userMessage`) and
 * keep an English `message` for tests and logs. Codes are the keys of the 'messages' catalogue
 * (locales/<lang>/messages.json, "import.empty"), or of another namespace written "cli:render.needsOut";
 * a parameter may itself be a message ("the file" in the reader's language), rendered first.
 */
import type enMessages from './locales/en/messages.json';
import type enCli from './locales/en/cli.json';
import type enDesktop from './locales/en/desktop.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Leaf<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Codes<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Leaf<K>}` : Codes<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the 'messages' catalogue: checked against the English catalogue at compile time. */
export type MessageCode = Codes<typeof enMessages>;
/** A key of the CLI's catalogue, with its namespace. */
export type CliMessageCode = `cli:${Codes<typeof enCli>}`;
/** A key of the desktop main process's catalogue, with its namespace. */
export type DesktopMessageCode = `desktop:${Codes<typeof enDesktop>}`;

/** A list (of messages, say) is shown joined with ", ". */
export type MessageParam = string | number | UserMessage | readonly MessageParam[];

export interface UserMessage {
  readonly code: MessageCode | CliMessageCode | DesktopMessageCode;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

export function userMessage(code: MessageCode | CliMessageCode | DesktopMessageCode, params?: Readonly<Record<string, MessageParam>>): UserMessage {
  return params ? { code, params } : { code };
}

export function isUserMessage(value: unknown): value is UserMessage {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && !(value instanceof Error);
}

/** The message an error carries (MessageError and anything with a `userMessage`), if any. */
export function userMessageOf(value: unknown): UserMessage | undefined {
  if (isUserMessage(value)) return value;
  const carried = (value as { userMessage?: unknown } | null | undefined)?.userMessage;
  return isUserMessage(carried) ? carried : undefined;
}

/** "The file" when a file has no name (pasted text, standard input). */
export const nameOrTheFile = (fileName: string | undefined): MessageParam => fileName || userMessage('common.theFile');
