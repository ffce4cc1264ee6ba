/**
 * The language of everything the CLI prints: `--lang en|fr`, else the locale of the environment
 * (LC_ALL, then LC_MESSAGES, then LANG: the first one set decides, as in POSIX), else English. A
 * locale that is neither English nor French (de_DE, C) gives English.
 */
import type { TFunction } from 'i18next';
import { describe } from '../core/i18n/describe';
import { isUiLanguage, uiLanguageFor, type UiLanguage } from '../core/i18n/languages';
import { createTranslator } from '../core/i18n/translator';
import { userMessage, type CliMessageCode, type MessageParam } from '../core/i18n/user-message';

/** The language the environment asks for. */
export function environmentLanguage(env: NodeJS.ProcessEnv = process.env): UiLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return uiLanguageFor([locale]);
}

/** The value of `--lang` in argv (`--lang fr` or `--lang=fr`), read before the other arguments so their errors are in that language. */
export function languageArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/** `--lang` if it names a language, else the environment's; `invalid` holds a --lang value that names none. */
export function resolveCliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { language: UiLanguage; invalid?: string } {
  const argument = languageArgument(argv);
  if (argument !== undefined && isUiLanguage(argument.toLowerCase())) return { language: argument.toLowerCase() as UiLanguage };
  return argument === undefined ? { language: environmentLanguage(env) } : { language: environmentLanguage(env), invalid: argument };
}

let language: UiLanguage = 'en';
let translate: TFunction | undefined;

export function setCliLanguage(next: UiLanguage): void {
  if (next !== language) translate = undefined;
  language = next;
}

export function cliLanguage(): UiLanguage {
  return language;
}

function t(): TFunction {
  translate ??= createTranslator(language).getFixedT(language);
  return translate;
}

/** A CLI message in the CLI's language. */
export function cliText(code: CliMessageCode, params?: Readonly<Record<string, MessageParam>>): string {
  return describe(userMessage(code, params), t());
}

/** A message or an error (a core error by its code) in the CLI's language. */
export function show(messageOrError: unknown): string {
  return describe(messageOrError, t());
}
