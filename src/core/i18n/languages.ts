/**
 * The interface languages: Canada's two official languages. Everything else (a system locale of
 * de-DE, say) falls back to English, the language most of the catalogue's reviewers read first.
 */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language for a list of preferred locales, best first (navigator.languages, Electron's
 * app.getPreferredSystemLanguages(), LANG/LC_ALL): the first one that is English or French.
 */
export function uiLanguageFor(locales: readonly (string | undefined | null)[]): UiLanguage {
  for (const locale of locales) {
    if (!locale) continue;
    const base = locale.toLowerCase().split(/[-_.@]/)[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
