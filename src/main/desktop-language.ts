/**
 * The interface language on main's side, for what main says to the officer: its save dialogs' titles
 * and filters and the messages its handlers return (a refused Word template, an export that failed).
 * The menu sets it (setup-menu.ts: the system's language at start, then the page's choice), so the
 * menus, the dialogs and the messages always speak the page's language. Texts come from the
 * `desktop` catalogue; a core error is rendered from its userMessage code (describe), in the same
 * language; an error without one (the OS's own, "EACCES: permission denied") keeps its words.
 */
import type { TFunction } from 'i18next';
import { describe } from '../core/i18n/describe';
import type { UiLanguage } from '../core/i18n/languages';
import { createTranslator } from '../core/i18n/translator';
import type enDesktop from '../core/i18n/locales/en/desktop.json';

let current: UiLanguage = 'en';
const translators = new Map<UiLanguage, TFunction>();

function translator(language: UiLanguage): TFunction {
  let t = translators.get(language);
  if (!t) translators.set(language, (t = createTranslator(language).getFixedT(language)));
  return t;
}

/** Called by the menu whenever the interface language is set (at start, and on each switch). */
export function setDesktopLanguage(language: UiLanguage): void {
  current = language;
}

export function desktopLanguage(): UiLanguage {
  return current;
}

export type DesktopKey = keyof typeof enDesktop;

/** A message of the `desktop` catalogue in the interface's language. */
export function desktopText(key: DesktopKey, params?: Readonly<Record<string, string | number>>): string {
  return translator(current)(key, { ns: 'desktop', ...params });
}

/** An error as the officer reads it: a core error by its code, in the interface's language; otherwise its own message. */
export function describeForOfficer(error: unknown): string {
  return describe(error, translator(current)).replace(/\.$/, '');
}

/** Why a request was refused: the first zod issue's path, if any (a fault of the page, named for the log). */
export function invalidRequest(issues: readonly { readonly path: readonly PropertyKey[] }[]): string {
  const path = issues[0]?.path ?? [];
  return path.length > 0 ? desktopText('requestNotValidAt', { path: path.map(String).join('.') }) : desktopText('requestNotValid');
}
