// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describe as describeMessage } from '../../../core/i18n/describe';
import { parseImportedTemplate } from '../../../core/templates/template-library';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { BriefwrightApi } from '../../../shared/ipc-contract';
import { currentUiLanguage, initialUiLanguage, setUiLanguage, startUiLanguage, uiI18n, UI_LANGUAGE_STORAGE_KEY } from './ui-i18n';

const languages = vi.spyOn(navigator, 'languages', 'get');

afterEach(() => {
  localStorage.clear();
  languages.mockReset();
  delete (window as { briefwright?: unknown }).briefwright;
});

describe('the interface language', () => {
  it('follows the system: the first English or French of navigator.languages, else English', () => {
    languages.mockReturnValue(['de-DE', 'fr-CA', 'en-US']);
    expect(initialUiLanguage()).toBe('fr');
    languages.mockReturnValue(['en-CA', 'fr-CA']);
    expect(initialUiLanguage()).toBe('en');
    languages.mockReturnValue(['de-DE']);
    expect(initialUiLanguage()).toBe('en');
  });

  it('the officer\'s pick wins over the system and is remembered; junk in storage is ignored', () => {
    languages.mockReturnValue(['en-CA']);
    localStorage.setItem(UI_LANGUAGE_STORAGE_KEY, 'fr');
    expect(initialUiLanguage()).toBe('fr');
    localStorage.setItem(UI_LANGUAGE_STORAGE_KEY, 'klingon');
    expect(initialUiLanguage()).toBe('en');
  });

  it('switching translates, sets <html lang>, remembers, and tells the desktop main process', async () => {
    const setLanguage = vi.fn(async () => undefined);
    let chosen: ((language: 'en' | 'fr') => void) | undefined;
    (window as { briefwright?: Partial<BriefwrightApi> }).briefwright = {
      setUiLanguage: setLanguage,
      onUiLanguageChosen: (listener) => {
        chosen = listener;
        return () => undefined;
      },
    };
    startUiLanguage();
    expect(setLanguage).toHaveBeenLastCalledWith(currentUiLanguage());

    setUiLanguage('fr');
    expect(uiI18n.t('topBar.open')).toBe('Ouvrir…');
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(UI_LANGUAGE_STORAGE_KEY)).toBe('fr');
    expect(setLanguage).toHaveBeenLastCalledWith('fr');

    // View ▸ Language in the desktop menu.
    chosen!('en');
    expect(uiI18n.t('topBar.open')).toBe('Open…');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(UI_LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(setLanguage).toHaveBeenLastCalledWith('en');
  });

  it('a template field of the wrong kind is refused in the interface language, zod\'s own words included', () => {
    const file = new TextEncoder().encode(JSON.stringify({ ...findBuiltInTemplate('briefing-note')!, id: 'desk', name: 'Desk', description: 3 }));
    const refusal = () => {
      try {
        parseImportedTemplate(file, 'desk.json');
      } catch (error) {
        return describeMessage(error, uiI18n);
      }
      throw new Error('the template was accepted');
    };
    setUiLanguage('fr');
    expect(refusal()).toMatch(/«\u00a0description\u00a0».*Entrée invalide/);
    setUiLanguage('en');
    expect(refusal()).toMatch(/"description": Invalid input: expected string, received number/);
  });
});
