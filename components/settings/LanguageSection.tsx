import { useId } from 'react';
import type { LanguageSetting } from '@/lib/i18n';
import { useI18n } from '../ui/i18n';

/** The panel's language: the browser's, or one picked here. Court documents stay in English. */
export function LanguageSection({ browserLanguage }: { browserLanguage: string }) {
  const { t, setting, setSetting } = useI18n();
  const id = useId();
  const choices: { value: LanguageSetting; label: string }[] = [
    { value: 'auto', label: t('language_auto', browserLanguage) },
    { value: 'en', label: t('language_en') },
    { value: 'es', label: t('language_es') },
  ];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('language_label')}</h2>
      <label className="field">
        <span>{t('language_label')}</span>
        <select value={setting} onChange={(e) => setSetting(e.target.value as LanguageSetting)} data-testid="language-select">
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('language_hint')}</p>
    </section>
  );
}
