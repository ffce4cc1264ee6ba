/**
 * The renderer's i18next instance. The language follows the system (navigator.languages, which
 * Electron fills from the OS locale) until the officer picks one (the top bar's EN/FR switch, or the
 * desktop View menu); the pick is remembered in localStorage. Components read strings with
 * react-i18next's useTranslation('ui'); code outside React uses uiI18n.t.
 */
import { setI18n } from 'react-i18next';
import { config as configureZod } from 'zod';
import { en as zodEnglish, fr as zodFrench } from 'zod/v4/locales';
import { createTranslator } from '../../../core/i18n/translator';
import { isUiLanguage, uiLanguageFor, type UiLanguage } from '../../../core/i18n/languages';
import { memoiseFixedT } from './memoised-fixed-t';

export const UI_LANGUAGE_STORAGE_KEY = 'briefwright.uiLanguage';

function storedLanguage(): UiLanguage | null {
  try {
    const value = globalThis.localStorage?.getItem(UI_LANGUAGE_STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    // Storage may be refused (a locked-down profile): the system's language it is.
    return null;
  }
}

/** The officer's pick, else the first English or French locale of the system, else English. */
export function initialUiLanguage(): UiLanguage {
  return storedLanguage() ?? uiLanguageFor(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export const uiI18n = createTranslator(initialUiLanguage());
memoiseFixedT(uiI18n);
// Also react-i18next's default instance: a component rendered outside the provider (a unit test, a
// portal) still reads the same catalogue in the same language.
setI18n(uiI18n);

/** The language the interface is shown in now. */
export function currentUiLanguage(): UiLanguage {
  const language = uiI18n.language;
  return isUiLanguage(language) ? language : 'en';
}

/**
 * zod's own words, quoted in a refusal when an imported template or draft has a field of the wrong
 * kind ("expected string, received undefined"), in the interface's language.
 */
function applyToValidation(language: UiLanguage): void {
  configureZod(language === 'fr' ? zodFrench() : zodEnglish());
}

function applyToDocument(language: UiLanguage): void {
  applyToValidation(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  // The desktop menus follow the page's language (main rebuilds them); absent in the browser build.
  if (typeof window !== 'undefined') void window.briefwright?.setUiLanguage?.(language).catch(() => undefined);
}

/** Switches the interface (the note keeps its own language) and remembers the pick. */
export function setUiLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(UI_LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but switched all the same.
  }
  void uiI18n.changeLanguage(language);
  applyToDocument(language);
}

/** Sets <html lang> for the starting language and listens for a pick from the desktop View menu. */
export function startUiLanguage(): void {
  applyToDocument(currentUiLanguage());
  if (typeof window !== 'undefined') window.briefwright?.onUiLanguageChosen?.((language) => setUiLanguage(language));
}
