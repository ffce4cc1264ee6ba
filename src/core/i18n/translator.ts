/**
 * One i18next instance per use (the renderer's, the CLI's, a test's), made from the bundled
 * catalogues. i18next handles plurals through Intl.PluralRules (ICU's rules: French "1,5 élément"
 * is singular, English "0 items" plural) and interpolation; dates and numbers go through Intl with
 * the same language, see formatDate below.
 */
import i18next, { type i18n } from 'i18next';
import { catalogues, NAMESPACES } from './catalogues';
import type { UiLanguage } from './languages';

export function createTranslator(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: catalogues,
    ns: NAMESPACES,
    defaultNS: 'ui',
    // Said outright, though they are i18next's defaults: then it takes every key as a path ("ui:menu.file")
    // and skips guessing, on each call, whether the key is a natural-language sentence (a regular-expression
    // test per translation: ~14 ms of the app's first render, issue 16). Our keys are never sentences.
    nsSeparator: ':',
    keySeparator: '.',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** A date as the officer reads it: "2 December 2026" / "2 décembre 2026". */
export function formatDate(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
