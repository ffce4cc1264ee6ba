/**
 * Renders a component as the app does: inside the I18nextProvider, in the language asked for
 * (English unless a test says otherwise), from the real catalogues.
 */
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { UiLanguage } from '../../../core/i18n/languages';
import { createTranslator } from '../../../core/i18n/translator';

export function renderUi(element: ReactElement, options: { readonly language?: UiLanguage } = {}): RenderResult {
  const i18n = createTranslator(options.language ?? 'en');
  return render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}
