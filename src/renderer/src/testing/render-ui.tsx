/**
 * A component as the app mounts it: inside the I18nextProvider, in the language a test asks for
 * (English unless it says otherwise), reading the real catalogues.
 *
 *   await act(async () => root.render(withUi(<App host={host} />, 'fr')));
 */
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { UiLanguage } from '../../../core/i18n/languages';
import { createTranslator } from '../../../core/i18n/translator';

export function withUi(element: ReactElement, language: UiLanguage = 'en'): ReactElement {
  return <I18nextProvider i18n={createTranslator(language)}>{element}</I18nextProvider>;
}
