/**
 * The interface's words in the language of the running Playwright project ('en' runs in en-CA, 'fr'
 * in fr-CA; see playwright.config.ts), read from the app's own catalogues, so a spec finds a button
 * by its name in either language:
 *
 *   await page.getByRole('button', { name: ui('topBar.paste') }).click();
 *   ui('compose.include', { item: ui('compose.itemLabel', { heading: 'Key issues', number: 1 }) })
 *
 * A key of another namespace is written 'menu:file'. The note itself keeps its own language (the
 * sample statement's note is English): its headings are not looked up here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, type TestInfo } from '@playwright/test';
import i18next, { type i18n } from 'i18next';
import { uiLanguageFor, type UiLanguage } from '../../src/core/i18n/languages';

const LOCALES = path.resolve('src/core/i18n/locales');
const translators = new Map<UiLanguage, i18n>();

/**
 * The app's catalogues as the app reads them (the same files and i18next options as
 * src/core/i18n/translator.ts); read from disk because Playwright's loader does not import JSON modules.
 */
function createTranslator(language: UiLanguage): i18n {
  const folder = path.join(LOCALES, language);
  const namespaces = Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as object]),
  );
  const instance = i18next.createInstance();
  void instance.init({ lng: language, fallbackLng: false, resources: { [language]: namespaces }, ns: Object.keys(namespaces), defaultNS: 'ui', initAsync: false, interpolation: { escapeValue: false } });
  return instance;
}

/** The UI language of a project: its browser locale's. */
export function uiLanguage(testInfo: TestInfo = test.info()): UiLanguage {
  return uiLanguageFor([testInfo.project.use.locale]);
}

export function uiIn(language: UiLanguage, key: string, params?: Record<string, unknown>): string {
  let translator = translators.get(language);
  if (!translator) translators.set(language, (translator = createTranslator(language)));
  const [namespace, name] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['ui', key];
  if (!translator.exists(name, { ns: namespace })) {
    // A plural key exists only with its suffixes.
    if (!(params && 'count' in params && translator.exists(`${name}_other`, { ns: namespace }))) throw new Error(`ui-text: no message "${key}" in ${language}`);
  }
  return translator.t(name, { ns: namespace, ...params });
}

/** A message in the running project's language. */
export function ui(key: string, params?: Record<string, unknown>): string {
  return uiIn(uiLanguage(), key, params);
}

/** The words of a message before one of its variables (what surrounds a file name or a reason). */
export function uiBefore(key: string, variable: string, params: Record<string, unknown> = {}): string {
  return ui(key, { ...params, [variable]: '\u0000' }).split('\u0000')[0]!;
}

/**
 * A core error's own words (the 'messages' catalogue, rendered by the core): checked in the English
 * run; the French run checks the app's words around them.
 */
export function coreText(english: string): string {
  return uiLanguage() === 'en' ? english : '';
}
