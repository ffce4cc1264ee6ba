/**
 * The renderer's i18next instance. The language follows the system (navigator.languages, which
 * Electron fills from the OS locale) until the officer picks one; components read strings with
 * react-i18next's useTranslation().
 */
import { createTranslator } from '../../../core/i18n/translator';
import { uiLanguageFor } from '../../../core/i18n/languages';

export const uiI18n = createTranslator(uiLanguageFor(typeof navigator === 'undefined' ? [] : navigator.languages));
