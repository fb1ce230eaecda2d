import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, setUiLanguage, uiLanguages } from '../../i18n/i18n';
import { useLanguageName } from '../../ui/labels';

/** `compact` keeps the label for screen readers only, where space is tight (the peer's phone header). */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('language.label')}
      </label>
      <select
        id={id}
        value={asUiLanguage(i18n.language) ?? 'en'}
        onChange={(e) => {
          const lng = asUiLanguage(e.target.value);
          if (lng) setUiLanguage(lng);
        }}
      >
        {uiLanguages.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {/* Each language is named in itself, so people can find their own. */}
            {new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? languageName(lng)}
          </option>
        ))}
      </select>
    </div>
  );
}
