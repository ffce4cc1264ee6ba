/**
 * Renders a UserMessage (or an error carrying one) in a translator's language: nested messages
 * first, numbers and sizes through Intl in that language ("5,0 Mo" in French). An error without a
 * code is shown by its message, as before. `MessageError` is the base of the core's user-facing
 * errors: its `message` is the English rendering, its `userMessage` the code and parameters.
 */
import type { i18n, TFunction } from 'i18next';
import { createTranslator } from './translator';
import { userMessageOf, type MessageParam, type UserMessage } from './user-message';

type Translate = TFunction | Pick<i18n, 't'>;

function render(message: UserMessage, t: TFunction): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) params[name] = renderParam(value, t);
  const key = message.code.includes(':') ? message.code : `messages:${message.code}`;
  return t(key, params) as string;
}

function renderParam(value: MessageParam, t: TFunction): string | number {
  if (Array.isArray(value)) return value.map((item: MessageParam) => renderParam(item, t)).join(', ');
  return typeof value === 'object' ? render(value as UserMessage, t) : value;
}

/** The text to show for a message or an error, in the language of `t` (a TFunction or an i18next instance). */
export function describe(messageOrError: unknown, translate: Translate): string {
  const t = typeof translate === 'function' ? translate : (translate.t.bind(translate) as TFunction);
  const message = userMessageOf(messageOrError);
  if (message) return render(message, t);
  if (messageOrError instanceof Error) return messageOrError.message;
  return String(messageOrError);
}

let english: TFunction | undefined;

/** The English text of a message: an error's `message`, the CLI's log lines. */
export function englishText(message: UserMessage): string {
  english ??= createTranslator('en').getFixedT('en');
  return render(message, english);
}

/** An error with a message for the user: English `message`, and `userMessage` to render in any language. */
export class MessageError extends Error {
  declare readonly userMessage?: UserMessage;

  constructor(message: string | UserMessage, options?: ErrorOptions) {
    super(typeof message === 'string' ? message : englishText(message), options);
    // Not enumerable: an error still equals one made from the same English text (tests, logs).
    if (typeof message !== 'string') Object.defineProperty(this, 'userMessage', { value: message, enumerable: false });
  }
}
