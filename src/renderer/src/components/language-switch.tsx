/**
 * The top bar's compact EN/FR switch. Its name reads in both languages ("Language / Langue"), so an
 * officer who cannot read the current one still finds it; each button names its language in that
 * language. The pick is remembered (see ui-i18n.ts); the note keeps its own language.
 */
import { useTranslation } from 'react-i18next';
import { isUiLanguage, UI_LANGUAGES } from '../../../core/i18n/languages';
import { setUiLanguage } from '../i18n/ui-i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('ui');
  const current = isUiLanguage(i18n.language) ? i18n.language : 'en';
  return (
    <div className="language-switch" role="group" aria-label={t('language.group')}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button--small language-switch__button"
          aria-label={t(`language.${language}`)}
          aria-pressed={current === language}
          onClick={() => setUiLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
